// compile.js compiles src/*.sol with the pinned solc from node_modules and
// writes, for every deployable contract, ../abis/<Name>.abi.json and
// ../abis/<Name>.bin, plus a solc --combined-json style file for abigen.
// Usage: node compile.js <combined-json-output-path>
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

// Contracts the devnet deploys; interfaces and abstract bases are left out.
const DEPLOYABLE = [
  'DistributedTown', 'CommunityFactory', 'CreditFactory', 'GigsFactory',
  'Community', 'DITOCredit', 'Gigs', 'SkillWallet', 'SkillWalletV2', 'Projects',
];
const EIP170_LIMIT = 24576;

const srcDir = path.join(__dirname, 'src');
const outDir = path.join(__dirname, '..', 'abis');
const combinedPath = process.argv[2];
if (!combinedPath) {
  console.error('usage: node compile.js <combined-json-output-path>');
  process.exit(2);
}

const sources = {};
for (const f of fs.readdirSync(srcDir).sort()) {
  if (f.endsWith('.sol')) {
    sources[f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
  }
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of output.errors || []) {
  console.error(e.formattedMessage);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

const combined = { contracts: {}, version: solc.version() };
for (const name of DEPLOYABLE) {
  let found = null;
  for (const file of Object.keys(output.contracts)) {
    if (output.contracts[file][name]) found = { file, c: output.contracts[file][name] };
  }
  if (!found) {
    console.error(`contract ${name} not found in output`);
    process.exit(1);
  }
  const { file, c } = found;
  const runtimeSize = c.evm.deployedBytecode.object.length / 2;
  if (runtimeSize > EIP170_LIMIT) {
    console.error(`${name}: runtime code ${runtimeSize} bytes exceeds EIP-170 limit ${EIP170_LIMIT}`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, `${name}.abi.json`), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + '\n');
  combined.contracts[`${file}:${name}`] = { abi: c.abi, bin: c.evm.bytecode.object };
  console.log(`${name}: ${runtimeSize} bytes runtime`);
}
fs.writeFileSync(combinedPath, JSON.stringify(combined));
