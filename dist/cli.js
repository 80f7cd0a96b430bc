#!/usr/bin/env node
import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-6AI5QYWX.js";
import "./chunks/chunk-4E7LDGNK.js";
import "./chunks/chunk-5GD2QN6T.js";
import "./chunks/chunk-IKUHQKPC.js";
import "./chunks/chunk-BO3RIFEE.js";
import "./chunks/chunk-C6IFQFG3.js";
import "./chunks/chunk-FXPDZIPA.js";
import "./chunks/chunk-UOSP3FOZ.js";
import "./chunks/chunk-VOT76SFD.js";
import "./chunks/chunk-2SIURFMV.js";
import "./chunks/chunk-7VWSDUZZ.js";
import {
  systemErrorWords
} from "./chunks/chunk-3O7BZ777.js";
import "./chunks/chunk-GX3D6AB4.js";
import "./chunks/chunk-AWSW6I4B.js";
import "./chunks/chunk-TD6S3IHV.js";
import "./chunks/chunk-56AKXYQB.js";
import "./chunks/chunk-XZXQAQVD.js";
import "./chunks/chunk-RTYLSBLV.js";
import "./chunks/chunk-KHZTPSLG.js";

// src/cli/output-errors.ts
var OutputErrors = class {
  constructor(target) {
    this.target = target;
  }
  /** True once a report could not be written: the run's exit code is then 2, whenever the failure is noticed. */
  failed = false;
  handler(stream) {
    return (error) => {
      if (error.code === "EPIPE") return;
      this.target.exitCode = 2;
      if (this.failed) return;
      this.failed = true;
      if (stream === "standard output") this.target.stderr.write(`a0lint: cannot write the report to ${stream}: ${systemErrorWords(error)}
`);
    };
  }
  /** The exit code to end with: the run's own, unless its report was lost. */
  exitCode(code2) {
    return this.failed ? 2 : code2;
  }
};

// src/cli.ts
var output = new OutputErrors(process);
process.stdout.on("error", output.handler("standard output"));
process.stderr.on("error", output.handler("standard error"));
var code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true
});
process.exitCode = output.exitCode(code);
