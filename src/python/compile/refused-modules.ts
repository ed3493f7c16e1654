/**
 * Why a module a tutorial might import stays outside the subset: real I/O, threads and
 * processes of one's own, and dynamic code. An import of one of them is refused naming the
 * module and this reason; any other unknown module gets the list of those Taskline has.
 */
const REASONS: Record<string, string> = {
  threading: "threads of one's own are outside the subset (asyncio.to_thread runs a function on a worker lane)",
  _thread: "threads of one's own are outside the subset",
  multiprocessing: 'processes are outside the subset',
  concurrent: "threads and processes of one's own are outside the subset (asyncio.to_thread runs a function on a worker lane)",
  subprocess: 'subprocesses are outside the subset',
  socket: 'real network I/O is outside the subset',
  ssl: 'real network I/O is outside the subset',
  selectors: 'real I/O is outside the subset',
  select: 'real I/O is outside the subset',
  http: 'real network I/O is outside the subset',
  urllib: 'real network I/O is outside the subset',
  requests: 'real network I/O is outside the subset',
  aiohttp: 'real network I/O is outside the subset',
  httpx: 'real network I/O is outside the subset',
  aiofiles: 'files are outside the subset',
  io: 'files are outside the subset',
  pathlib: 'files are outside the subset',
  shutil: 'files are outside the subset',
  tempfile: 'files are outside the subset',
  signal: 'signals are outside the subset',
  ctypes: 'native code is outside the subset',
  importlib: 'dynamic imports are outside the subset',
};

/** The reason for a refused module (by its top-level package), or null if it has none of its own. */
export function refusalReason(name: string): string | null {
  return REASONS[name.split('.')[0]!] ?? null;
}
