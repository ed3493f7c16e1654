/**
 * CPython names of the library modules that Taskline's versions leave out: a program reading
 * one gets an error naming it (see imports.ts) rather than an AttributeError CPython never gives.
 */
import { registerLeftOutNames } from '../compile/imports.ts';

const LEFT_OUT: [module: string, names: string, why: string][] = [
  ['typing', 'clear_overloads get_overloads ParamSpecArgs ParamSpecKwargs', "Taskline's typing leaves out overload registries and ParamSpec's argument forms"],
  ['collections', 'UserString', "Taskline's collections has deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap, UserDict and UserList"],
  ['math', 'cbrt erf erfc exp2 gamma lgamma', "Taskline's math leaves out the functions whose last digit it cannot promise to match"],
  ['string', 'Formatter', "Taskline's string has the constants, capwords and Template"],
  ['json', 'JSONDecoder', "Taskline's json has dumps, loads, dump, load and JSONEncoder"],
  ['textwrap', 'TextWrapper', "Taskline's textwrap has wrap, fill, shorten, dedent and indent"],
  ['re', 'template RegexFlag', "Taskline's re has the pattern functions, Pattern and Match objects and the flags"],
  ['statistics', 'NormalDist median_grouped', "Taskline's statistics has the averages, measures of spread, correlation and linear regression"],
  ['pprint', 'isreadable isrecursive PrettyPrinter', "Taskline's pprint has pprint, pformat, pp and saferepr"],
  [
    'types',
    'AsyncGeneratorType CellType ClassMethodDescriptorType CodeType DynamicClassAttribute EllipsisType FrameType GetSetDescriptorType MappingProxyType MemberDescriptorType MethodDescriptorType MethodWrapperType NotImplementedType TracebackType WrapperDescriptorType new_class prepare_class resolve_bases',
    "Taskline's types has SimpleNamespace, coroutine and the types of functions, methods, coroutines, generators and modules",
  ],
  [
    'hashlib',
    'algorithms_available algorithms_guaranteed blake2b blake2s file_digest pbkdf2_hmac scrypt sha224 sha384 sha3_224 sha3_256 sha3_384 sha3_512 shake_128 shake_256',
    "Taskline's hashlib has md5, sha1, sha256, sha512 and new",
  ],
  ['base64', 'a85decode a85encode b32hexdecode b32hexencode b85decode b85encode decode encode', "Taskline's base64 has the base64, base32 and base16 functions for bytes"],
  ['binascii', 'a2b_qp a2b_uu b2a_qp b2a_uu crc_hqx Incomplete', "Taskline's binascii has a2b_base64, b2a_base64, hexlify, unhexlify and crc32"],
  [
    'os',
    'getpid getppid getcwd getcwdb chdir listdir scandir walk fwalk mkdir makedirs remove unlink rmdir removedirs rename renames replace stat lstat chmod chown link symlink readlink access utime truncate system popen kill killpg fork execv execve execvp execl spawnl spawnv wait waitpid _exit abort urandom getrandom getlogin getuid geteuid getgid getgroups uname times umask nice putenv unsetenv environb getenvb open close read write pipe dup dup2 fsync get_terminal_size isatty ttyname startfile add_dll_directory',
    'programs cannot reach the real machine (processes, files, users and the working directory are outside the subset)',
  ],
  [
    'os.path',
    'abspath realpath relpath expanduser expandvars getsize getmtime getatime getctime islink ismount lexists samefile sameopenfile samestat normpath normcase commonpath commonprefix isabs',
    "Taskline's os.path has join, split, basename, dirname, splitext and exists, isfile and isdir (False: programs have no files)",
  ],
  ['abc', 'abstractclassmethod abstractproperty abstractstaticmethod get_cache_token update_abstractmethods', "Taskline's abc has ABC, ABCMeta and abstractmethod"],
];

for (const [m, names, why] of LEFT_OUT) registerLeftOutNames(m, names, why);
