/** The fact store: pure merge logic plus the storage items (the only module besides entry points that touches browser.*). */
export * from './sightings';
export * from './options';
export * from './mask-id';
export * from './subject-keys';
export * from './items';
