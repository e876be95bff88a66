// `npm run dev`: the development server with hot reload (next dev, tsx watch for the worker) on the
// same stack as `npm start`; see run-stack.ts.
import { runStack } from "./run-stack";

void runStack("development");
