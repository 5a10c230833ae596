import readersBench from './bench/readers.bench';
console.log(JSON.stringify(await readersBench()));
