import "../src/app/modules.js";
