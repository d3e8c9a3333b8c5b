export { SITE_NAME, documentTitle, useDocumentTitle } from './use-page-meta';
