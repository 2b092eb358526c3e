export * from './organisation';
export * from './strategy';
export * from './initiatives';
export * from './audit';
export * from './roadmap';
export * from './backlog';
export * from './thread';
export * from './accounts';
