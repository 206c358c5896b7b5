export interface Person {
  id: string;
  displayName: string;
  email: string | null;
}

export interface Actor extends Person {
  tenantId: string;
  isAdmin: boolean;
}
