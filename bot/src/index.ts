/** Where Bot Framework channels post activities; the api mounts the bot here. */
export const BOT_MESSAGES_PATH = '/api/messages';
