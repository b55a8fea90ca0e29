/**
 * Lets the browser paint and handle input between two pieces of work. A message, not setTimeout, which
 * browsers hold back by 4 ms or more once timers nest: many small steps in a row would add up to a wait.
 */
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
