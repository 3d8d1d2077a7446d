// consumer.js: GJS loads the installed typelib (gir1.2-ptce-1.0).
// SPDX-License-Identifier: LGPL-2.1-or-later
import Ptce from 'gi://Ptce?version=1.0';
import System from 'system';

const dataset = Ptce.JsonReader.new().load_file(ARGV[0]);
const n = dataset.get_poles().get_n_items();
print(`GJS: ${n} poles`);
System.exit(n > 0 ? 0 : 1);
