export * from './organisation';
export * from './strategy';
export * from './initiatives';
export * from './audit';
