import { readFileSync } from 'node:fs';
import { htmlToDocument } from '../src/cli/html-document';
import { readPage } from '../src/readers';
const [file] = process.argv.slice(2);
const j = JSON.parse(readFileSync(file!.replace(/\.html$/, '.json'), 'utf8'));
const doc = htmlToDocument(readFileSync(file!, 'utf8'), j.url);
const got = readPage(doc, new URL(j.url));
console.log(JSON.stringify(got));
console.log(JSON.stringify({ reader: j.reader, facts: j.facts }));
