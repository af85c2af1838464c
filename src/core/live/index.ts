export * from './run';
export * from './retime';
export * from './report';
export * from './card-usage';
