// The one place that knows where the API lives. Components never read import.meta.env (jest cannot).
export const API_BASE = '/api';
