export default async function globalTeardown() {
  await globalThis.__nbTestDatabase?.drop();
  globalThis.__nbTestDatabase = undefined;
}
