// `npm start`: the product in production mode, built first when there is no build or the sources
// changed since; see run-stack.ts.
import { runStack } from "./run-stack";

void runStack("production");
