/**
 * The API's contract, generated from the server's OpenAPI document (/api/v1/openapi.json) by
 * `npm run contract`. Do not edit: change the route's schema in api/src/http and regenerate.
 * scripts/contract/contract.test.ts fails when this file and the server disagree.
 */
export type paths = {
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bot Framework endpoint: activities from Teams (messages, invokes, meeting events, installs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 1on1 completion, interval, preparation, すっきり度, fit per expected response and stages per organisation unit and month; groups under 5 people are suppressed (admins only) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            expectedResponses: {
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            minGroupSize: number;
                            months: string[];
                            tenant: {
                                months: {
                                    averageClarity: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    averageIntervalDays: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    completionRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    dueSessions: number | null;
                                    fitRates: {
                                        expectedResponseId: string;
                                        suppressed: boolean;
                                        value: number | null;
                                    }[];
                                    people: number | null;
                                    period: string;
                                    preparationRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    stageDistribution: {
                                        counts: number[];
                                        suppressed: boolean;
                                    } | null;
                                    suppressed: boolean;
                                }[];
                                total: {
                                    averageClarity: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    averageIntervalDays: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    completionRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    dueSessions: number | null;
                                    fitRates: {
                                        expectedResponseId: string;
                                        suppressed: boolean;
                                        value: number | null;
                                    }[];
                                    people: number | null;
                                    period: string;
                                    preparationRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    stageDistribution: {
                                        counts: number[];
                                        suppressed: boolean;
                                    } | null;
                                    suppressed: boolean;
                                };
                                unit: {
                                    key: string;
                                    kind: "department" | "team" | "tenant";
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                    name: string;
                                };
                            };
                            units: {
                                months: {
                                    averageClarity: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    averageIntervalDays: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    completionRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    dueSessions: number | null;
                                    fitRates: {
                                        expectedResponseId: string;
                                        suppressed: boolean;
                                        value: number | null;
                                    }[];
                                    people: number | null;
                                    period: string;
                                    preparationRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    stageDistribution: {
                                        counts: number[];
                                        suppressed: boolean;
                                    } | null;
                                    suppressed: boolean;
                                }[];
                                total: {
                                    averageClarity: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    averageIntervalDays: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    completionRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    dueSessions: number | null;
                                    fitRates: {
                                        expectedResponseId: string;
                                        suppressed: boolean;
                                        value: number | null;
                                    }[];
                                    people: number | null;
                                    period: string;
                                    preparationRate: {
                                        suppressed: boolean;
                                        value: number | null;
                                    };
                                    stageDistribution: {
                                        counts: number[];
                                        suppressed: boolean;
                                    } | null;
                                    suppressed: boolean;
                                };
                                unit: {
                                    key: string;
                                    kind: "department" | "team" | "tenant";
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admins: the catalog as it is edited, retired entries included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            diceFaces: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                            expectedResponses: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                            themes: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Admins: replace the active entries of one or more kinds; entries left out are retired, never deleted */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        diceFaces?: {
                            description: {
                                en: string;
                                ja: string;
                            } | null;
                            id: string;
                            label: {
                                en: string;
                                ja: string;
                            };
                        }[];
                        expectedResponses?: {
                            description: {
                                en: string;
                                ja: string;
                            } | null;
                            id: string;
                            label: {
                                en: string;
                                ja: string;
                            };
                        }[];
                        themes?: {
                            description: {
                                en: string;
                                ja: string;
                            } | null;
                            id: string;
                            label: {
                                en: string;
                                ja: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            diceFaces: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                            expectedResponses: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                            themes: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: jobs that were dead-lettered after their last attempt */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobs: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                failedAt: string;
                                id: string;
                                idempotencyKey: string;
                                kind: string;
                                lastError: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: the organisation's settings (transcript retention, reminder lead time) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reminderLeadMinutes: number;
                            transcriptRetentionDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Admin: change the organisation's settings; fields left out keep their value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reminderLeadMinutes?: number;
                        transcriptRetentionDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reminderLeadMinutes: number;
                            transcriptRetentionDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/summary-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: whether Azure OpenAI summaries are turned on and configured */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aiEnabled: boolean;
                            configured: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Admin: turn Azure OpenAI summaries on or off for the organisation */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aiEnabled: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aiEnabled: boolean;
                            configured: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's themes, expected responses and dice faces, in Japanese and English (retired ones flagged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            diceFaces: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                            expectedResponses: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                            themes: {
                                description: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                retired: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the tab signs in (no authentication) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authMode: "dev" | "entra";
                            entra: {
                                apiScope: string;
                                authorityHost: string;
                                clientId: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/demo/end-1on1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dev mode only: end the demo pair's current 1on1 as its Teams meeting ending would, so the member's rating card is sent (to the Agents Playground's personal chat) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pairId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberId: string;
                            pairId: string;
                            sessionId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dev mode only: an access token for a demo person, signed by the local dev issuer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            expiresIn: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dev mode only: the seeded demo people */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                description: {
                                    en: string;
                                    ja: string;
                                };
                                displayName: string;
                                email: string;
                                id: string;
                                locale: "ja" | "en";
                                roles: ("manager" | "member" | "admin")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in manager's engagement feedback: fit per expected response, strengths, weaknesses, each member, trend and advice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                expectedResponseId: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                rung: "trust_building" | "growth";
                                rungName: {
                                    en: string;
                                    ja: string;
                                };
                                skills: {
                                    id: string;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                    practice: {
                                        en: string;
                                        ja: string;
                                    };
                                }[];
                                stage: {
                                    id: string;
                                    index: number;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                } | null;
                                text: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            clarityBand: ("low" | "middle" | "high") | (never | null);
                            managesPairs: boolean;
                            members: {
                                clarityBand: ("low" | "middle" | "high") | (never | null);
                                didNotWork: string[];
                                member: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                pairId: string;
                                responses: {
                                    assessment: "strength" | "weakness" | "mixed" | "not_enough_data";
                                    clarityBand: ("low" | "middle" | "high") | (never | null);
                                    expectedResponseId: string;
                                    fitRate: number | null;
                                    fitScore: number | null;
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                    no: number;
                                    partly: number;
                                    ratings: number;
                                    sessions: number;
                                    yes: number;
                                }[];
                                sessions: number;
                                stage: {
                                    /** Format: date-time */
                                    answeredAt: string;
                                    current: {
                                        id: string;
                                        index: number;
                                        name: {
                                            en: string;
                                            ja: string;
                                        };
                                    };
                                    history: {
                                        /** Format: date-time */
                                        answeredAt: string;
                                        index: number;
                                    }[];
                                    trend: "up" | "down" | "steady" | "unknown";
                                } | null;
                                worked: string[];
                            }[];
                            overall: {
                                assessment: "strength" | "weakness" | "mixed" | "not_enough_data";
                                fitRate: number | null;
                                fitScore: number | null;
                                no: number;
                                partly: number;
                                ratings: number;
                                yes: number;
                            };
                            responses: {
                                assessment: "strength" | "weakness" | "mixed" | "not_enough_data";
                                clarityBand: ("low" | "middle" | "high") | (never | null);
                                expectedResponseId: string;
                                fitRate: number | null;
                                fitScore: number | null;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                no: number;
                                partly: number;
                                ratings: number;
                                sessions: number;
                                yes: number;
                            }[];
                            sessions: number;
                            strengths: string[];
                            trend: {
                                clarityBand: ("low" | "middle" | "high") | (never | null);
                                fitRate: number | null;
                                fitScore: number | null;
                                month: string;
                                ratings: number;
                                sessions: number;
                            }[];
                            weaknesses: string[];
                            window: {
                                /** Format: date-time */
                                from: string;
                                months: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            email: string | null;
                            id: string;
                            isAdmin: boolean;
                            tenantId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say which 1on1 pair a Teams meeting belongs to: an existing pair, or the other person and your role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chatId: string;
                        meetingId?: string;
                        myRole?: "manager" | "member";
                        otherUserId?: string;
                        pairId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: ({
                                id: string;
                                joinUrl: string | null;
                                manager: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                member: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                myRole: "manager" | "member";
                                nextSessionId: string | null;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } & {
                                agenda: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    };
                                    authorRole: "member" | "manager";
                                    carriedOver: boolean;
                                    detail: string | null;
                                    expectedResponse: {
                                        hint: {
                                            en: string;
                                            ja: string;
                                        } | null;
                                        id: string;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                    } | null;
                                    id: string;
                                    position: number;
                                    sessionId: string;
                                    status: "open" | "discussed" | "carried_over";
                                    theme: {
                                        id: string | null;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                        text: string | null;
                                    };
                                    version: number;
                                }[];
                                dice: {
                                    count: number;
                                    latest: {
                                        face: {
                                            id: string;
                                            label: {
                                                en: string;
                                                ja: string;
                                            };
                                        };
                                        /** Format: date-time */
                                        rolledAt: string;
                                        rolledBy: {
                                            displayName: string;
                                            id: string;
                                        };
                                        seq: number;
                                    } | null;
                                };
                                lastEventId: string | null;
                                memos: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    kind: "shared" | "private" | "next_topics";
                                    sessionId: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    version: number;
                                }[];
                                prepared: boolean;
                            }) | (never | null);
                            myRole: "manager" | "member";
                            session: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            };
                            /** @enum {string} */
                            state: "resolved";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 1on1 session of a Teams meeting: resolved, or which pair it is, or not a 1on1
         * @description Pass the meeting chat id (teams-js `chat.id`) and, where known, the meeting id (teams-js `meeting.id`, kept so Taiwa can find the meeting's transcript). A chat already linked to one of your pairs resolves to that pair's live session, else the planned one nearest now, else a new one starting now. An unlinked chat answers `needs_pair` with your pairs to choose from (then POST /meetings/link, or call again with `pairId`). `participantCount` above 2, or a chat linked to a pair you are not in, answers `not_one_on_one`. Without `chatId`, `pairId` resolves a pair's current session outside Teams.
         */
        get: {
            parameters: {
                query?: {
                    chatId?: string;
                    meetingId?: string;
                    pairId?: string;
                    participantCount?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: ({
                                id: string;
                                joinUrl: string | null;
                                manager: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                member: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                myRole: "manager" | "member";
                                nextSessionId: string | null;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } & {
                                agenda: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    };
                                    authorRole: "member" | "manager";
                                    carriedOver: boolean;
                                    detail: string | null;
                                    expectedResponse: {
                                        hint: {
                                            en: string;
                                            ja: string;
                                        } | null;
                                        id: string;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                    } | null;
                                    id: string;
                                    position: number;
                                    sessionId: string;
                                    status: "open" | "discussed" | "carried_over";
                                    theme: {
                                        id: string | null;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                        text: string | null;
                                    };
                                    version: number;
                                }[];
                                dice: {
                                    count: number;
                                    latest: {
                                        face: {
                                            id: string;
                                            label: {
                                                en: string;
                                                ja: string;
                                            };
                                        };
                                        /** Format: date-time */
                                        rolledAt: string;
                                        rolledBy: {
                                            displayName: string;
                                            id: string;
                                        };
                                        seq: number;
                                    } | null;
                                };
                                lastEventId: string | null;
                                memos: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    kind: "shared" | "private" | "next_topics";
                                    sessionId: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    version: number;
                                }[];
                                prepared: boolean;
                            }) | (never | null);
                            myRole: "manager" | "member";
                            session: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            };
                            /** @enum {string} */
                            state: "resolved";
                        } | {
                            candidates: {
                                myRole: "manager" | "member";
                                other: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                pairId: string;
                            }[];
                            /** @enum {string} */
                            state: "needs_pair";
                        } | {
                            /** @enum {string} */
                            state: "not_one_on_one";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's 1on1 pairs, as manager or member, with their next and last session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pairs: {
                                id: string;
                                lastSession: {
                                    id: string;
                                    pairId: string;
                                    /** Format: date-time */
                                    scheduledEnd: string;
                                    /** Format: date-time */
                                    scheduledStart: string;
                                    status: "planned" | "live" | "ended";
                                } | null;
                                manager: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                member: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                };
                                myRole: "manager" | "member";
                                nextSession: {
                                    id: string;
                                    pairId: string;
                                    /** Format: date-time */
                                    scheduledEnd: string;
                                    /** Format: date-time */
                                    scheduledStart: string;
                                    status: "planned" | "live" | "ended";
                                } | null;
                                rateLastSession: boolean;
                                status: "pending" | "established" | "ended";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a 1on1 pair of a manager and a member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        managerId: string;
                        memberId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            lastSession: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } | null;
                            manager: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            member: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            myRole: "manager" | "member";
                            nextSession: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } | null;
                            rateLastSession: boolean;
                            status: "pending" | "established" | "ended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/cadence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pair's rhythm and the date it puts the next 1on1 on (null when none is set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cadence: {
                                durationMinutes: number;
                                /** @description Local minutes after midnight */
                                minuteOfDay: number;
                                rhythm: "weekly" | "biweekly" | "monthly";
                                /** @description IANA time zone, e.g. Asia/Tokyo */
                                timeZone: string;
                                /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                                weekday: number;
                                /** @description Monthly only: the 1st to 4th such weekday of the month, or 5 for the last */
                                weekOfMonth: number | null;
                            } | null;
                            next: {
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Set the pair's rhythm: weekly, every two weeks or monthly, on a weekday at a local time */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        durationMinutes: number;
                        /** @description Local minutes after midnight */
                        minuteOfDay: number;
                        rhythm: "weekly" | "biweekly" | "monthly";
                        /** @description IANA time zone, e.g. Asia/Tokyo */
                        timeZone: string;
                        /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                        weekday: number;
                        /** @description Monthly only: the 1st to 4th such weekday of the month, or 5 for the last */
                        weekOfMonth: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cadence: {
                                durationMinutes: number;
                                /** @description Local minutes after midnight */
                                minuteOfDay: number;
                                rhythm: "weekly" | "biweekly" | "monthly";
                                /** @description IANA time zone, e.g. Asia/Tokyo */
                                timeZone: string;
                                /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                                weekday: number;
                                /** @description Monthly only: the 1st to 4th such weekday of the month, or 5 for the last */
                                weekOfMonth: number | null;
                            } | null;
                            next: {
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Stop the pair's rhythm (1on1s already planned stay) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pair's relationship check-ins: the member sees their answers and why they are at their stage; the manager sees stage, trend and answers of shared check-ins only, and of unshared ones just their date */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canCheckIn: boolean;
                            checkins: {
                                /** Format: date-time */
                                answeredAt: string;
                                answers: number[] | null;
                                blockingStatements: number[] | null;
                                explanation: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                sharedWithManager: boolean;
                                stage: {
                                    id: string;
                                    index: number;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                } | null;
                            }[];
                            myRole: "manager" | "member";
                            /** Format: date-time */
                            nextAllowedAt: string | null;
                            stages: {
                                id: string;
                                index: number;
                                name: {
                                    en: string;
                                    ja: string;
                                };
                                statements: number[];
                            }[];
                            statements: {
                                en: string;
                                ja: string;
                            }[];
                            summary: {
                                /** Format: date-time */
                                answeredAt: string;
                                current: {
                                    id: string;
                                    index: number;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                };
                                history: {
                                    /** Format: date-time */
                                    answeredAt: string;
                                    index: number;
                                }[];
                                trend: "up" | "down" | "steady" | "unknown";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** The member answers the relationship check-in (at most once a month per pair) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: number[];
                        /** @default false */
                        shareWithManager?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answeredAt: string;
                            answers: number[] | null;
                            blockingStatements: number[] | null;
                            explanation: {
                                en: string;
                                ja: string;
                            } | null;
                            id: string;
                            sharedWithManager: boolean;
                            stage: {
                                id: string;
                                index: number;
                                name: {
                                    en: string;
                                    ja: string;
                                };
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member confirms that the person who proposed this pair is their manager */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            lastSession: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } | null;
                            manager: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            member: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            myRole: "manager" | "member";
                            nextSession: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } | null;
                            rateLastSession: boolean;
                            status: "pending" | "established" | "ended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a pair (either person or an admin): its history stays, read-only, and its future planned 1on1s are cancelled, with the calendar events the caller booked for them. A pending pair is declined and removed. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pair's past 1on1s, newest first, with agenda, memos and rating state; q searches their text */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: ({
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            } & {
                                agenda: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    };
                                    authorRole: "member" | "manager";
                                    carriedOver: boolean;
                                    detail: string | null;
                                    expectedResponse: {
                                        hint: {
                                            en: string;
                                            ja: string;
                                        } | null;
                                        id: string;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                    } | null;
                                    id: string;
                                    position: number;
                                    sessionId: string;
                                    status: "open" | "discussed" | "carried_over";
                                    theme: {
                                        id: string | null;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                        text: string | null;
                                    };
                                    version: number;
                                }[];
                                itemNotes: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    body: string;
                                    itemId: string;
                                    kind: "shared" | "private";
                                    sessionId: string;
                                    /** Format: date-time */
                                    updatedAt: string | null;
                                    version: number;
                                }[];
                                memos: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    kind: "shared" | "private" | "next_topics";
                                    sessionId: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    version: number;
                                }[];
                                rating: {
                                    /** @enum {string} */
                                    state: "not_rated";
                                } | {
                                    clarity: number | null;
                                    impressions: string | null;
                                    impressionsShared: boolean;
                                    /** @enum {string} */
                                    state: "rated";
                                };
                            })[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The manager's view of one relationship: stage, what the member asks for and what worked, fit hints per expected response, advice and talk time (manager of the pair only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                expectedResponseId: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                rung: "trust_building" | "growth";
                                rungName: {
                                    en: string;
                                    ja: string;
                                };
                                skills: {
                                    id: string;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                    practice: {
                                        en: string;
                                        ja: string;
                                    };
                                }[];
                                stage: {
                                    id: string;
                                    index: number;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                } | null;
                                text: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            hints: {
                                advice: {
                                    expectedResponseId: string;
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                    rung: "trust_building" | "growth";
                                    rungName: {
                                        en: string;
                                        ja: string;
                                    };
                                    skills: {
                                        id: string;
                                        name: {
                                            en: string;
                                            ja: string;
                                        };
                                        practice: {
                                            en: string;
                                            ja: string;
                                        };
                                    }[];
                                    stage: {
                                        id: string;
                                        index: number;
                                        name: {
                                            en: string;
                                            ja: string;
                                        };
                                    } | null;
                                    text: {
                                        en: string;
                                        ja: string;
                                    };
                                };
                                expectedResponseId: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                memberAskedTimes: number;
                                overall: {
                                    assessment: "strength" | "weakness" | "mixed" | "not_enough_data";
                                    ratings: number;
                                    yes: number;
                                };
                                withMember: {
                                    assessment: "strength" | "weakness" | "mixed" | "not_enough_data";
                                    ratings: number;
                                    yes: number;
                                };
                            }[];
                            member: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            memberFeedback: {
                                clarityBand: ("low" | "middle" | "high") | (never | null);
                                didNotWork: string[];
                                responses: {
                                    assessment: "strength" | "weakness" | "mixed" | "not_enough_data";
                                    clarityBand: ("low" | "middle" | "high") | (never | null);
                                    expectedResponseId: string;
                                    fitRate: number | null;
                                    fitScore: number | null;
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                    no: number;
                                    partly: number;
                                    ratings: number;
                                    sessions: number;
                                    yes: number;
                                }[];
                                sessions: number;
                                worked: string[];
                            };
                            pairId: string;
                            stage: {
                                /** Format: date-time */
                                answeredAt: string;
                                current: {
                                    id: string;
                                    index: number;
                                    name: {
                                        en: string;
                                        ja: string;
                                    };
                                };
                                history: {
                                    /** Format: date-time */
                                    answeredAt: string;
                                    index: number;
                                }[];
                                trend: "up" | "down" | "steady" | "unknown";
                            } | null;
                            talkTime: {
                                sessions: {
                                    attributedMs: number;
                                    managerShare: number;
                                    memberShare: number;
                                    /** Format: date-time */
                                    scheduledStart: string;
                                    sessionId: string;
                                }[];
                            };
                            window: {
                                /** Format: date-time */
                                from: string;
                                months: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pair's sessions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                id: string;
                                pairId: string;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                                status: "planned" | "live" | "ended";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Schedule a 1on1 for a pair */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        scheduledEnd: string;
                        /** Format: date-time */
                        scheduledStart: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            pairId: string;
                            /** Format: date-time */
                            scheduledEnd: string;
                            /** Format: date-time */
                            scheduledStart: string;
                            status: "planned" | "live" | "ended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pairId}/summary-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Allow (or stop allowing) the tenant's Azure OpenAI to draft this pair's summaries */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowed: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aiWillDraft: boolean;
                            configured: boolean;
                            enabledByAdmin: boolean;
                            mine: boolean;
                            theirs: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People of your organisation who use Taiwa, by name or mail, to pair with */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything a participant may see of one 1on1 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            joinUrl: string | null;
                            manager: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            member: {
                                displayName: string;
                                email: string | null;
                                id: string;
                            };
                            myRole: "manager" | "member";
                            nextSessionId: string | null;
                            pairId: string;
                            /** Format: date-time */
                            scheduledEnd: string;
                            /** Format: date-time */
                            scheduledStart: string;
                            status: "planned" | "live" | "ended";
                        } & {
                            agenda: {
                                author: {
                                    displayName: string;
                                    id: string;
                                };
                                authorRole: "member" | "manager";
                                carriedOver: boolean;
                                detail: string | null;
                                expectedResponse: {
                                    hint: {
                                        en: string;
                                        ja: string;
                                    } | null;
                                    id: string;
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                } | null;
                                id: string;
                                position: number;
                                sessionId: string;
                                status: "open" | "discussed" | "carried_over";
                                theme: {
                                    id: string | null;
                                    label: {
                                        en: string;
                                        ja: string;
                                    };
                                    text: string | null;
                                };
                                version: number;
                            }[];
                            dice: {
                                count: number;
                                latest: {
                                    face: {
                                        id: string;
                                        label: {
                                            en: string;
                                            ja: string;
                                        };
                                    };
                                    /** Format: date-time */
                                    rolledAt: string;
                                    rolledBy: {
                                        displayName: string;
                                        id: string;
                                    };
                                    seq: number;
                                } | null;
                            };
                            lastEventId: string | null;
                            memos: {
                                author: {
                                    displayName: string;
                                    id: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                kind: "shared" | "private" | "next_topics";
                                sessionId: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            prepared: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action items of a 1on1: its own and those still open from earlier 1on1s */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agendaItemId: string | null;
                                carried: boolean;
                                done: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                dueDate: string | null;
                                id: string;
                                originSessionId: string;
                                overdue: boolean;
                                ownerRole: "member" | "manager";
                                text: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Agree an action item: who (member or manager) does what, by when (optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agendaItemId?: string | null;
                        dueDate?: string | null;
                        ownerRole: "member" | "manager";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agendaItemId: string | null;
                            carried: boolean;
                            done: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            dueDate: string | null;
                            id: string;
                            originSessionId: string;
                            overdue: boolean;
                            ownerRole: "member" | "manager";
                            text: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/action-items/{actionItemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an action item of the pair (If-Match), by either person, from a 1on1 that still shows it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionItemId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Check off, uncheck or correct an action item of the pair (If-Match), by either person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionItemId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done?: boolean;
                        dueDate?: string | null;
                        ownerRole?: "member" | "manager";
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agendaItemId: string | null;
                            carried: boolean;
                            done: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            dueDate: string | null;
                            id: string;
                            originSessionId: string;
                            overdue: boolean;
                            ownerRole: "member" | "manager";
                            text: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item to the agenda: a theme and the response hoped for */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        detail?: string | null;
                        expectedResponseId: string;
                        themeId?: string | null;
                        themeText?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            };
                            authorRole: "member" | "manager";
                            carriedOver: boolean;
                            detail: string | null;
                            expectedResponse: {
                                hint: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                            } | null;
                            id: string;
                            position: number;
                            sessionId: string;
                            status: "open" | "discussed" | "carried_over";
                            theme: {
                                id: string | null;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                text: string | null;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/agenda/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove your own agenda item (If-Match) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an agenda item (If-Match): its content by its author, its status or place by either person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        detail?: string | null;
                        expectedResponseId?: string;
                        position?: number;
                        status?: "open" | "discussed";
                        themeId?: string | null;
                        themeText?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            };
                            authorRole: "member" | "manager";
                            carriedOver: boolean;
                            detail: string | null;
                            expectedResponse: {
                                hint: {
                                    en: string;
                                    ja: string;
                                } | null;
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                            } | null;
                            id: string;
                            position: number;
                            sessionId: string;
                            status: "open" | "discussed" | "carried_over";
                            theme: {
                                id: string | null;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                                text: string | null;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/agenda/{itemId}/notes/private": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the manager's private note on the item (If-Match); never shown to the member */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            } | null;
                            body: string;
                            itemId: string;
                            kind: "shared" | "private";
                            sessionId: string;
                            /** Format: date-time */
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/agenda/{itemId}/notes/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the item's shared note (If-Match); a conflicting write answers 409 with the current note */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            } | null;
                            body: string;
                            itemId: string;
                            kind: "shared" | "private";
                            sessionId: string;
                            /** Format: date-time */
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 1on1 as an iCalendar (RFC 5545) file, to add it to any calendar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/carried-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For each agenda item carried over from an earlier 1on1, the shared note written under it there ("last time we noted…") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notes: {
                                itemId: string;
                                note: {
                                    author: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    body: string;
                                    itemId: string;
                                    kind: "shared" | "private";
                                    sessionId: string;
                                    /** Format: date-time */
                                    updatedAt: string | null;
                                    version: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/dice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Roll the dice-talk die; both participants see the same face */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            face: {
                                id: string;
                                label: {
                                    en: string;
                                    ja: string;
                                };
                            };
                            /** Format: date-time */
                            rolledAt: string;
                            rolledBy: {
                                displayName: string;
                                id: string;
                            };
                            seq: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 1on1's live changes (Server-Sent Events); resume with Last-Event-ID
         * @description text/event-stream of events `agenda.changed`, `memo.changed`, `memo.deleted`, `dice.rolled`, `session.status` and `session.next`; `data` is one line of JSON. Without Last-Event-ID the stream starts after the latest event; pass `lastEventId` from GET /sessions/:id to miss nothing. The server ends the stream when the access token expires and when the same person opens more than a few streams (the oldest ends); reconnect with a fresh token and Last-Event-ID.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "last-event-id"?: string;
                };
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/item-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notes under this 1on1's agenda items: shared ones, and the caller's own private ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notes: {
                                author: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                body: string;
                                itemId: string;
                                kind: "shared" | "private";
                                sessionId: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/memos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a memo: shared with the pair, private to the manager, or the next-topics memo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /**
                         * Format: uuid
                         * @description The new memo’s id, chosen by the writer: sending the same creation again returns the memo stored the first time (200) instead of a second memo
                         */
                        id?: string;
                        kind: "shared" | "private" | "next_topics";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            };
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            kind: "shared" | "private" | "next_topics";
                            sessionId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            };
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            kind: "shared" | "private" | "next_topics";
                            sessionId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/memos/{memoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a memo (If-Match) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memoId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a memo (If-Match); a conflicting change answers 409 with the current memo */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memoId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                displayName: string;
                                id: string;
                            };
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            kind: "shared" | "private" | "next_topics";
                            sessionId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book the next 1on1: an Outlook event with a Teams meeting for both people, linked as the next session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        scheduledEnd: string;
                        /** Format: date-time */
                        scheduledStart: string;
                        /** @description IANA time zone, e.g. Asia/Tokyo */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: "graph" | "local";
                            calendarFollowed: boolean;
                            cancelled: boolean;
                            icsUrl: string;
                            id: string;
                            joinUrl: string | null;
                            pairId: string;
                            /** Format: date-time */
                            scheduledEnd: string;
                            /** Format: date-time */
                            scheduledStart: string;
                            status: "planned" | "live" | "ended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adminConsentRequired?: boolean;
                            detail?: string;
                            scopes?: string[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/next/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The best three times for the next 1on1 when both people are free, within working hours */
        get: {
            parameters: {
                query: {
                    days: number;
                    durationMinutes?: number;
                    /** @description IANA time zone, e.g. Asia/Tokyo */
                    timeZone?: string;
                };
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: "graph" | "local";
                            proposals: {
                                rhythm: boolean;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                            }[];
                            rhythm: {
                                free: boolean;
                                /** Format: date-time */
                                scheduledEnd: string;
                                /** Format: date-time */
                                scheduledStart: string;
                            } | null;
                            timeZone: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adminConsentRequired?: boolean;
                            detail?: string;
                            scopes?: string[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rating form of an ended 1on1 for its member: the items to rate, their rating if any, and what the manager sees of it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agendaItemId: string;
                                detail: string | null;
                                expectedResponse: {
                                    en: string;
                                    ja: string;
                                } | null;
                                theme: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            managerName: string;
                            managerSees: {
                                impressions: string | null;
                                state: "not_rated" | "rated";
                            };
                            rating: {
                                clarity: number;
                                editable: boolean;
                                /** Format: date-time */
                                editableUntil: string;
                                fits: {
                                    agendaItemId: string;
                                    expectedResponseId: string;
                                    fit: "yes" | "partly" | "no";
                                }[];
                                impressions: string | null;
                                sessionId: string;
                                shareImpressions: boolean;
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            /** Format: date-time */
                            scheduledStart: string;
                            sessionId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** The member rates an ended 1on1 (すっきり度, fit per agenda item, impressions); resending is harmless */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description すっきり度: how cleared-up the member feels */
                        clarity: number;
                        fits: {
                            agendaItemId: string;
                            fit: "yes" | "partly" | "no";
                        }[];
                        impressions?: string | null;
                        shareImpressions: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clarity: number;
                            editable: boolean;
                            /** Format: date-time */
                            editableUntil: string;
                            fits: {
                                agendaItemId: string;
                                expectedResponseId: string;
                                fit: "yes" | "partly" | "no";
                            }[];
                            impressions: string | null;
                            sessionId: string;
                            shareImpressions: boolean;
                            /** Format: date-time */
                            submittedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clarity: number;
                            editable: boolean;
                            /** Format: date-time */
                            editableUntil: string;
                            fits: {
                                agendaItemId: string;
                                expectedResponseId: string;
                                fit: "yes" | "partly" | "no";
                            }[];
                            impressions: string | null;
                            sessionId: string;
                            shareImpressions: boolean;
                            /** Format: date-time */
                            submittedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start (live, only within 30 minutes of its time) or end a 1on1; ending carries what is left open to the next one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: "live" | "ended";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            pairId: string;
                            /** Format: date-time */
                            scheduledEnd: string;
                            /** Format: date-time */
                            scheduledStart: string;
                            status: "planned" | "live" | "ended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 1on1's summary per agenda item, talk shares and (for the manager) private fit hints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consent: {
                                aiWillDraft: boolean;
                                configured: boolean;
                                enabledByAdmin: boolean;
                                mine: boolean;
                                theirs: boolean;
                            };
                            fallback: string | null;
                            items: {
                                actions: string;
                                agendaItemId: string;
                                decisions: string;
                                expectedResponse: {
                                    en: string;
                                    ja: string;
                                } | null;
                                expectedResponseId: string | null;
                                fit: {
                                    expectedResponseId: string;
                                    kind: "spokeTooMuch" | "spokeTooLittle" | "fits";
                                    managerShare: number;
                                } | null;
                                said: string;
                                talk: {
                                    attributedMs: number;
                                    managerShare: number;
                                    memberShare: number;
                                } | null;
                                title: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            source: "azure_openai" | "extractive" | (never | null);
                            state: "none" | "draft" | "accepted" | "discarded";
                            transcriptAvailable: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Accept the summary draft, with edits (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            actions: string;
                            agendaItemId: string;
                            decisions: string;
                            said: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consent: {
                                aiWillDraft: boolean;
                                configured: boolean;
                                enabledByAdmin: boolean;
                                mine: boolean;
                                theirs: boolean;
                            };
                            fallback: string | null;
                            items: {
                                actions: string;
                                agendaItemId: string;
                                decisions: string;
                                expectedResponse: {
                                    en: string;
                                    ja: string;
                                } | null;
                                expectedResponseId: string | null;
                                fit: {
                                    expectedResponseId: string;
                                    kind: "spokeTooMuch" | "spokeTooLittle" | "fits";
                                    managerShare: number;
                                } | null;
                                said: string;
                                talk: {
                                    attributedMs: number;
                                    managerShare: number;
                                    memberShare: number;
                                } | null;
                                title: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            source: "azure_openai" | "extractive" | (never | null);
                            state: "none" | "draft" | "accepted" | "discarded";
                            transcriptAvailable: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard the summary (If-Match): its text is deleted */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consent: {
                                aiWillDraft: boolean;
                                configured: boolean;
                                enabledByAdmin: boolean;
                                mine: boolean;
                                theirs: boolean;
                            };
                            fallback: string | null;
                            items: {
                                actions: string;
                                agendaItemId: string;
                                decisions: string;
                                expectedResponse: {
                                    en: string;
                                    ja: string;
                                } | null;
                                expectedResponseId: string | null;
                                fit: {
                                    expectedResponseId: string;
                                    kind: "spokeTooMuch" | "spokeTooLittle" | "fits";
                                    managerShare: number;
                                } | null;
                                said: string;
                                talk: {
                                    attributedMs: number;
                                    managerShare: number;
                                    memberShare: number;
                                } | null;
                                title: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            source: "azure_openai" | "extractive" | (never | null);
                            state: "none" | "draft" | "accepted" | "discarded";
                            transcriptAvailable: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/summary/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the summary from the transcript: by the tenant's Azure OpenAI when enabled and allowed by both, else extractive */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consent: {
                                aiWillDraft: boolean;
                                configured: boolean;
                                enabledByAdmin: boolean;
                                mine: boolean;
                                theirs: boolean;
                            };
                            fallback: string | null;
                            items: {
                                actions: string;
                                agendaItemId: string;
                                decisions: string;
                                expectedResponse: {
                                    en: string;
                                    ja: string;
                                } | null;
                                expectedResponseId: string | null;
                                fit: {
                                    expectedResponseId: string;
                                    kind: "spokeTooMuch" | "spokeTooLittle" | "fits";
                                    managerShare: number;
                                } | null;
                                said: string;
                                talk: {
                                    attributedMs: number;
                                    managerShare: number;
                                    memberShare: number;
                                } | null;
                                title: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            source: "azure_openai" | "extractive" | (never | null);
                            state: "none" | "draft" | "accepted" | "discarded";
                            transcriptAvailable: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/summary/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The manager's private talk-share fit hints per agenda item, from the transcript, without a summary draft (manager only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agendaItemId: string;
                                expectedResponse: {
                                    en: string;
                                    ja: string;
                                } | null;
                                expectedResponseId: string | null;
                                fit: {
                                    expectedResponseId: string;
                                    kind: "spokeTooMuch" | "spokeTooLittle" | "fits";
                                    managerShare: number;
                                } | null;
                                talk: {
                                    attributedMs: number;
                                    managerShare: number;
                                    memberShare: number;
                                } | null;
                                title: {
                                    en: string;
                                    ja: string;
                                };
                            }[];
                            transcriptAvailable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 1on1's transcript: its state and, once fetched and not hidden, its cues */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canHide: boolean;
                            canUpload: boolean;
                            cues: {
                                endMs: number;
                                id: string | null;
                                speaker: string | null;
                                startMs: number;
                                text: string;
                            }[];
                            /** Format: date-time */
                            deleteAfter: string | null;
                            /** Format: date-time */
                            fetchedAt: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            source: "graph" | "upload" | (never | null);
                            speakers: string[];
                            state: "waiting" | "none" | "fetched" | "not_permitted" | "hidden" | "deleted";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Dev mode: attach a transcript by uploading a WebVTT file (content-type text/vtt, at most 1 MB) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canHide: boolean;
                            canUpload: boolean;
                            cues: {
                                endMs: number;
                                id: string | null;
                                speaker: string | null;
                                startMs: number;
                                text: string;
                            }[];
                            /** Format: date-time */
                            deleteAfter: string | null;
                            /** Format: date-time */
                            fetchedAt: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            source: "graph" | "upload" | (never | null);
                            speakers: string[];
                            state: "waiting" | "none" | "fetched" | "not_permitted" | "hidden" | "deleted";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** The member hides the transcript from both of them, or shows it again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hidden: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canHide: boolean;
                            canUpload: boolean;
                            cues: {
                                endMs: number;
                                id: string | null;
                                speaker: string | null;
                                startMs: number;
                                text: string;
                            }[];
                            /** Format: date-time */
                            deleteAfter: string | null;
                            /** Format: date-time */
                            fetchedAt: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            source: "graph" | "upload" | (never | null);
                            speakers: string[];
                            state: "waiting" | "none" | "fetched" | "not_permitted" | "hidden" | "deleted";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: unknown;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
