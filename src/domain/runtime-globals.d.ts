/**
 * The few runtime globals the domain uses that only the DOM and Node type libraries declare. They exist in
 * browsers, workers and Node alike (Web Crypto), so the domain may rely on them; declaring just these keeps
 * everything else in those libraries (document, window, process) out of reach of src/domain/tsconfig.json.
 * Under the root tsconfig, which has the DOM types, these merge with the DOM's own declarations.
 */
interface Crypto {
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}

declare var crypto: Crypto;
