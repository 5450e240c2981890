/// <reference lib="webworker" />
import { serve, type Port } from './serve.ts';

serve(self as unknown as Port);
