export * from './time';
export * from './schedule';
export * from './needs-by-type';
export * from './needs';
export * from './labels';
export * from './edit';
export * from './history';
export * from './checks';
