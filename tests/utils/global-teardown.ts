/** Stops the throwaway Neo4j and deletes its data. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__VANKIEN_NEO4J__?.destroy();
}
