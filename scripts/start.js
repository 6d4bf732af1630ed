#!/usr/bin/env node
// `npm start`: office-addin-debugging (the template's start) cannot sideload on Linux and drags in a
// native keychain module, so this prints the manual steps instead.
const fs = require('fs');
const path = require('path');

process.stdout.write(fs.readFileSync(path.join(__dirname, '..', 'docs', 'sideload.md'), 'utf8'));
