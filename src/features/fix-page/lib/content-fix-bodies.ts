import { fixBodyLoaders } from 'virtual:content';
import { createFixBodyCache } from './fix-body-cache';

/** The app's one cache of fix bodies, fed by the content build's lazy chunks. */
export const fixBodies = createFixBodyCache(fixBodyLoaders);
