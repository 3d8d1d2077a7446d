// expand.mjs DOCUMENT CONTEXT-IRI CONTEXT-FILE: prints the expanded form of
// the JSON-LD DOCUMENT, computed by the jsonld package (a complete JSON-LD
// 1.1 processor), with CONTEXT-IRI served from CONTEXT-FILE and nothing
// fetched from the network. Exit status 1 with the error on stderr when the
// processor refuses the document.
// SPDX-License-Identifier: LGPL-2.1-or-later
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const [documentPath, contextIri, contextPath] = process.argv.slice(2);
const context = JSON.parse(readFileSync(contextPath, 'utf8'));

const documentLoader = async (url) => {
    if (url === contextIri)
        return { contextUrl: null, documentUrl: url, document: context };
    throw new Error(`refusing to load ${url}: only the libptce context is known`);
};

try {
    const input = JSON.parse(readFileSync(documentPath, 'utf8'));
    const expanded = await jsonld.expand(input, { documentLoader, safe: true });
    process.stdout.write(JSON.stringify(expanded));
} catch (e) {
    process.stderr.write(`${e.name}: ${e.message}\n${JSON.stringify(e.details ?? {})}\n`);
    process.exit(1);
}
