export * from './categories.commands';
export * from './categories.decider';
export * from './categories.events';
export * from './categories.state';
export * from './categories.streams';
export * from './categories.context';
