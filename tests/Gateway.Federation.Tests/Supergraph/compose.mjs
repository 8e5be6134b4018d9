// Composes subgraphs into a supergraph with @theguild/federation-composition.
// Usage: node compose.mjs OUTPUT.graphql NAME=URL=SDL_FILE [NAME=URL=SDL_FILE ...]
// Exits 1 and prints the composition errors when the subgraphs do not compose.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';

const [output, ...specs] = process.argv.slice(2);
if (!output || specs.length === 0) {
  console.error('usage: node compose.mjs OUTPUT.graphql NAME=URL=SDL_FILE ...');
  process.exit(2);
}

const services = specs.map((spec) => {
  const [name, url, file] = spec.split('=');
  return { name, url, typeDefs: parse(readFileSync(file, 'utf8')) };
});

const result = composeServices(services);
if (result.errors && result.errors.length > 0) {
  for (const error of result.errors) console.error(error.message);
  process.exit(1);
}
writeFileSync(output, result.supergraphSdl);
console.log(`composed ${services.map((s) => s.name).join(', ')} into ${output}`);
