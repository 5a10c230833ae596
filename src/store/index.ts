/**
 * The fact store's pure side: sightings, merge, masking, keys, options. The storage items (the only
 * module besides the entry points that touches browser.*) are in ./items, imported on their own so
 * that pure code and tests never open storage.
 */
export * from './sightings';
export * from './options';
export * from '../facts/mask-id';
export * from './subject-keys';
export * from './tab-subjects';
export * from './limits';
export * from './dismissed';
