/** `import`: the modules a Taskline program can use (asyncio, time, and a few harmless ones). */
import { Unsupported } from '../runtime/errors.ts';
import { PyModule, type Value } from '../runtime/values.ts';
import type { Realm } from '../runtime/realm.ts';
import { refusalReason } from './refused-modules.ts';

/** The names of modules/registry.ts, set by run.ts (importing the registry here would be a cycle). */
let knownModules: ReadonlySet<string> = new Set();

export function setModuleCatalog(names: Iterable<string>): void {
  knownModules = new Set(names);
}

/** An import compiled for `realm`: it gets that run's module (made fresh per run: modules hold the run's loop). */
export function importModule(realm: Realm, name: string, line: number): () => PyModule {
  if (!knownModules.has(name)) {
    const why = refusalReason(name) ?? `programs can use ${[...knownModules].filter((m) => !m.includes('.')).join(', ')}`;
    throw new Unsupported(`importing '${name}' is not supported by Taskline: ${why}`, line);
  }
  return () => realm.modules(name);
}


/**
 * Public names of CPython 3.11's modules that Taskline has. One that Taskline's module lacks is
 * a feature it deliberately leaves out (threads, subprocesses, streams, files, CPU clocks),
 * so reading it is rejected naming the line and the construct, not as a misleading
 * `AttributeError: module 'time' has no attribute 'strftime'`.
 */
const CPYTHON_NAMES: Record<string, { names: Set<string>; why: string }> = {
  asyncio: {
    why: "Taskline's asyncio has the task, timing, synchronization and queue APIs that run on its virtual-time loop",
    names: new Set(
      ('ALL_COMPLETED AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier BaseEventLoop ' +
        'BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError BufferedProtocol CancelledError Condition ' +
        'DatagramProtocol DatagramTransport DefaultEventLoopPolicy Event FIRST_COMPLETED FIRST_EXCEPTION FastChildWatcher ' +
        'Future Handle IncompleteReadError InvalidStateError LifoQueue LimitOverrunError Lock MultiLoopChildWatcher ' +
        'PidfdChildWatcher PriorityQueue Protocol Queue QueueEmpty QueueFull ReadTransport Runner SafeChildWatcher ' +
        'SelectorEventLoop Semaphore SendfileNotAvailableError Server StreamReader StreamReaderProtocol StreamWriter ' +
        'SubprocessProtocol SubprocessTransport Task TaskGroup ThreadedChildWatcher Timeout TimeoutError TimerHandle ' +
        'Transport WriteTransport all_tasks as_completed base_events base_futures base_subprocess base_tasks constants ' +
        'coroutines create_subprocess_exec create_subprocess_shell create_task current_task ensure_future events ' +
        'exceptions format_helpers futures gather get_child_watcher get_event_loop get_event_loop_policy ' +
        'get_running_loop iscoroutine iscoroutinefunction isfuture locks log mixins new_event_loop open_connection ' +
        'open_unix_connection protocols queues run run_coroutine_threadsafe runners selector_events set_child_watcher ' +
        'set_event_loop set_event_loop_policy shield sleep sslproto staggered start_server start_unix_server streams ' +
        'subprocess sys taskgroups tasks threads timeout timeout_at timeouts to_thread transports trsock unix_events ' +
        'wait wait_for wrap_future'
      ).split(' '),
    ),
  },
  random: {
    why: "Taskline's random has CPython's generator and distributions, but leaves out randbytes",
    names: new Set(
      ('BPF LOG4 NV_MAGICCONST RECIP_BPF Random SG_MAGICCONST SystemRandom TWOPI betavariate choice choices ' +
        'expovariate gammavariate gauss getrandbits getstate lognormvariate normalvariate paretovariate randbytes ' +
        'randint random randrange sample seed setstate shuffle triangular uniform vonmisesvariate weibullvariate'
      ).split(' '),
    ),
  },
  'concurrent.futures': {
    why: "Taskline's concurrent.futures has ThreadPoolExecutor (submit, shutdown, as a with-block) on its worker lanes; processes stay outside",
    names: new Set(
      'ALL_COMPLETED BrokenExecutor CancelledError Executor FIRST_COMPLETED FIRST_EXCEPTION Future InvalidStateError ProcessPoolExecutor ThreadPoolExecutor TimeoutError as_completed process thread wait'.split(' '),
    ),
  },
  functools: {
    why: "Taskline's functools has partial, partialmethod, wraps, update_wrapper, reduce, lru_cache, cache, total_ordering, cached_property, cmp_to_key, singledispatch and singledispatchmethod",
    names: new Set(
      ('GenericAlias RLock WRAPPER_ASSIGNMENTS WRAPPER_UPDATES cache cached_property cmp_to_key get_cache_token lru_cache ' +
        'namedtuple partial partialmethod recursive_repr reduce singledispatch singledispatchmethod total_ordering update_wrapper wraps'
      ).split(' '),
    ),
  },
  dataclasses: {
    why: "Taskline's dataclasses has dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, InitVar, KW_ONLY and FrozenInstanceError",
    names: new Set(
      ('Field FrozenInstanceError FunctionType GenericAlias InitVar KW_ONLY MISSING abc asdict astuple builtins copy dataclass ' +
        'field fields functools inspect is_dataclass itertools keyword make_dataclass re replace sys types'
      ).split(' '),
    ),
  },
  enum: {
    why: "Taskline's enum has Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and EnumType",
    names: new Set(
      ('CONFORM CONTINUOUS DynamicClassAttribute EJECT Enum EnumCheck EnumMeta EnumType Flag FlagBoundary IntEnum IntFlag KEEP ' +
        'MappingProxyType NAMED_FLAGS ReprEnum STRICT StrEnum UNIQUE auto bin bltns global_enum global_enum_repr global_flag_repr ' +
        'global_str member nonmember pickle_by_enum_name pickle_by_global_name property reduce show_flag_values sys unique verify'
      ).split(' '),
    ),
  },
  abc: {
    why: "Taskline's abc has ABC, ABCMeta and abstractmethod",
    names: new Set('ABC ABCMeta abstractclassmethod abstractmethod abstractproperty abstractstaticmethod get_cache_token update_abstractmethods'.split(' ')),
  },
  operator: {
    why: "Taskline's operator has the operator functions, itemgetter, attrgetter and methodcaller",
    names: new Set(
      ('abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge getitem gt iadd iand iconcat ifloordiv ' +
        'ilshift imatmul imod imul index indexOf inv invert ior ipow irshift is_ is_not isub itemgetter itruediv ixor le ' +
        'length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor'
      ).split(' '),
    ),
  },
  inspect: {
    why: "Taskline's inspect has the predicates (iscoroutinefunction, isfunction, ismethod, isclass, isawaitable...), signature, getgeneratorstate, getdoc, cleandoc and unwrap",
    names: new Set(
      ('ArgInfo Arguments Attribute BlockFinder BoundArguments CORO_CLOSED CORO_CREATED CORO_RUNNING ' +
        'CORO_SUSPENDED CO_ASYNC_GENERATOR CO_COROUTINE CO_GENERATOR CO_ITERABLE_COROUTINE CO_NESTED ' +
        'CO_NEWLOCALS CO_NOFREE CO_OPTIMIZED CO_VARARGS CO_VARKEYWORDS ClassFoundException ClosureVars ' +
        'EndOfBlock FrameInfo FullArgSpec GEN_CLOSED GEN_CREATED GEN_RUNNING GEN_SUSPENDED OrderedDict ' +
        'Parameter Signature TPFLAGS_IS_ABSTRACT Traceback abc ast attrgetter builtins classify_class_attrs ' +
        'cleandoc collections currentframe dis enum findsource formatannotation formatannotationrelativeto ' +
        'formatargvalues functools get_annotations getabsfile getargs getargvalues getattr_static getblock ' +
        'getcallargs getclasstree getclosurevars getcomments getcoroutinelocals getcoroutinestate getdoc ' +
        'getfile getframeinfo getfullargspec getgeneratorlocals getgeneratorstate getinnerframes getlineno ' +
        'getmembers getmembers_static getmodule getmodulename getmro getouterframes getsource getsourcefile ' +
        'getsourcelines importlib indentsize isabstract isasyncgen isasyncgenfunction isawaitable isbuiltin ' +
        'isclass iscode iscoroutine iscoroutinefunction isdatadescriptor isframe isfunction isgenerator ' +
        'isgeneratorfunction isgetsetdescriptor iskeyword ismemberdescriptor ismethod ismethoddescriptor ' +
        'ismethodwrapper ismodule isroutine istraceback itertools linecache modulesbyfile namedtuple os re ' +
        'signature stack sys token tokenize trace types unwrap walktree'
      ).split(' '),
    ),
  },
  threading: {
    why: "Taskline's threads are asyncio's worker threads (to_thread, run_in_executor); threading has current_thread() and main_thread() to name them",
    names: new Set(
      ('Barrier BoundedSemaphore BrokenBarrierError Condition Event ExceptHookArgs Lock RLock Semaphore TIMEOUT_MAX Thread ' +
        'ThreadError Timer WeakSet activeCount active_count currentThread current_thread enumerate excepthook functools ' +
        'get_ident get_native_id getprofile gettrace local main_thread setprofile settrace stack_size'
      ).split(' '),
    ),
  },
  contextlib: {
    why: "Taskline's contextlib has contextmanager, asynccontextmanager, suppress, nullcontext, closing, aclosing, ExitStack and AsyncExitStack",
    names: new Set(
      ('GenericAlias MethodType ' +
        '_AsyncGeneratorContextManager _BaseExitStack _GeneratorContextManager _GeneratorContextManagerBase _RedirectStream ' +
        '_collections_abc abc chdir deque os redirect_stderr redirect_stdout sys wraps'
      ).split(' '),
    ),
  },
  time: {
    why: "Taskline's time module has the virtual clock, sleep and calendar time (UTC from epoch 0); CPU-time clocks and clock_* are left out",
    names: new Set(
      ('CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI ' +
        'CLOCK_THREAD_CPUTIME_ID altzone asctime clock_getres clock_gettime clock_gettime_ns clock_settime ' +
        'clock_settime_ns ctime daylight get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter ' +
        'perf_counter_ns process_time process_time_ns pthread_getcpuclockid sleep strftime strptime struct_time ' +
        'thread_time thread_time_ns time time_ns timezone tzname tzset'
      ).split(' '),
    ),
  },
  logging: {
    why: "Taskline's logging has loggers, basicConfig, StreamHandler, NullHandler, Formatter and Filter; file handlers and record factories are left out",
    names: new Set(
      ('BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler Filter Filterer Formatter GenericAlias ' +
        'Handler INFO LogRecord Logger LoggerAdapter Manager NOTSET NullHandler PercentStyle PlaceHolder RootLogger ' +
        'StrFormatStyle StreamHandler StringTemplateStyle Template WARN WARNING addLevelName atexit basicConfig ' +
        'captureWarnings collections critical currentframe debug disable error exception fatal getLevelName ' +
        'getLevelNamesMapping getLogRecordFactory getLogger getLoggerClass info io lastResort log logMultiprocessing ' +
        'logProcesses logThreads makeLogRecord os raiseExceptions re root setLogRecordFactory setLoggerClass shutdown ' +
        'sys threading time traceback warn warning warnings weakref'
      ).split(' '),
    ),
  },
  datetime: {
    why: "Taskline's datetime has date, datetime, time, timedelta and fixed-offset timezones",
    names: new Set('MAXYEAR MINYEAR UTC date datetime datetime_CAPI sys time timedelta timezone tzinfo'.split(' ')),
  },
  traceback: {
    why: "Taskline's traceback module prints, formats and extracts exceptions, their tracebacks and the running stack; TracebackException, StackSummary, walk_tb, walk_stack and print_last are left out",
    names: new Set(
      ('FrameSummary StackSummary TracebackException clear_frames collections extract_stack extract_tb format_exc ' +
        'format_exception format_exception_only format_list format_stack format_tb itertools linecache print_exc ' +
        'print_exception print_last print_list print_stack print_tb suppress sys textwrap walk_stack walk_tb'
      ).split(' '),
    ),
  },
  sys: {
    why: "Taskline's sys has argv, stdout/stderr, exit, version/version_info, platform, maxsize, getrecursionlimit and exc_info",
    names: new Set(
      ('abiflags addaudithook api_version argv audit base_exec_prefix base_prefix breakpointhook builtin_module_names ' +
        'byteorder call_tracing copyright displayhook dont_write_bytecode exc_info excepthook exception exec_prefix ' +
        'executable exit flags float_info float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth ' +
        'get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors ' +
        'getfilesystemencoding getprofile getrecursionlimit getrefcount getsizeof getswitchinterval gettrace hash_info ' +
        'hexversion implementation int_info intern is_finalizing maxsize maxunicode meta_path modules orig_argv path ' +
        'path_hooks path_importer_cache platform platlibdir prefix pycache_prefix set_asyncgen_hooks ' +
        'set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile setrecursionlimit ' +
        'setswitchinterval settrace stderr stdin stdlib_module_names stdout thread_info unraisablehook version ' +
        'version_info warnoptions'
      ).split(' '),
    ),
  },
};

/**
 * A library module's CPython names that Taskline leaves out (each module file registers its
 * own), so that reading one is refused by name instead of a misleading AttributeError.
 */
export function registerLeftOutNames(module: string, names: string, why: string): void {
  CPYTHON_NAMES[module] = { names: new Set(names.split(' ')), why };
}

/** Throw Unsupported if `module.name` is a CPython name that Taskline's module leaves out. */
export function checkModuleAttr(module: PyModule, name: string, line: number | null): void {
  if (module.dict.has(name)) return;
  // asyncio's submodules (asyncio.tasks...) leave out what asyncio itself leaves out.
  const known = CPYTHON_NAMES[module.name] ?? CPYTHON_NAMES[module.name.split('.')[0]!];
  if (known === undefined || !known.names.has(name)) return;
  throw new Unsupported(`\`${module.name}.${name}\` is not supported by Taskline: ${known.why}`, line);
}

/** `module.name` as the program reads it: getattr, after the check above. */
export function moduleAttr(module: PyModule, name: string, line: number, get: (o: Value, n: string) => Value): Value {
  checkModuleAttr(module, name, line);
  return get(module, name);
}
