/** Lets the browser paint and handle input between two pieces of work. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
