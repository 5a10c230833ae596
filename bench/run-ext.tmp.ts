import bench from '/work/main/bench/extension.bench.ts';
for (const line of await bench()) console.log(JSON.stringify(line));
