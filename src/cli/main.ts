#!/usr/bin/env node
/** Entry point of the `ttm` command. */
import { main } from "./program.js";

process.exitCode = await main(process.argv);
