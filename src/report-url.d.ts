/** The REPORT_URL build setting (vite.config.ts; scripts/site/report-url.ts has the default). */
declare const __REPORT_URL__: string;
