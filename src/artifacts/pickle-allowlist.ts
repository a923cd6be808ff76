/**
 * The pickle callable policy, kept as data so it can be reviewed and extended without touching the VM.
 *
 * - ALLOWED: callables/classes that real checkpoints (torch.save, joblib/scikit-learn, numpy, stdlib
 *   value types) reference. Only these load clean.
 * - ALLOWED_CLASS_PREFIXES: modules whose CamelCase classes are estimator/module types with inert
 *   constructors (scikit-learn estimators, torch.nn modules ...).
 * - INERT_RISKY: callables that do not run code by themselves but are an attacker's building block
 *   (a file handle, a code object, an un-awaited coroutine). Calling one is suspicious.
 * - DANGEROUS_*: known code-execution, file, network or process primitives. Calling one is malicious.
 * Everything else is unknown: calling it is malicious (a denylist never ends), importing it is a note.
 */

/** Exact `module.name` entries that load clean. Module names are canonical (see MODULE_ALIASES). */
export const ALLOWED: ReadonlySet<string> = new Set([
  // builtins that only build values
  'builtins.set', 'builtins.frozenset', 'builtins.list', 'builtins.dict', 'builtins.tuple', 'builtins.bytearray',
  'builtins.bytes', 'builtins.complex', 'builtins.float', 'builtins.int', 'builtins.str', 'builtins.bool',
  'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.NoneType', 'builtins.Ellipsis',
  'builtins.NotImplemented',
  // bytes under protocols < 3 and default object reconstruction
  '_codecs.encode', 'copyreg._reconstructor', 'copyreg.__newobj__', 'copyreg.__newobj_ex__',
  // stdlib value types
  'collections.OrderedDict', 'collections.defaultdict', 'collections.deque', 'collections.Counter',
  'collections.ChainMap',
  'datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'datetime.timezone',
  'decimal.Decimal', 'fractions.Fraction', 'uuid.UUID', 'uuid.SafeUUID', 'argparse.Namespace',
  'pathlib.PosixPath', 'pathlib.WindowsPath', 'pathlib.PurePosixPath', 'pathlib.PureWindowsPath', 'pathlib.Path',
  'zoneinfo.ZoneInfo', 'ipaddress.IPv4Address', 'ipaddress.IPv6Address',
  'enum.Enum', 're._compile',
  // torch tensors and storages
  'torch._utils._rebuild_tensor', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state', 'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_sparse_csr_tensor', 'torch._utils._rebuild_qtensor', 'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._utils._rebuild_meta_tensor_no_storage', 'torch._utils._rebuild_wrapper_subclass', 'torch._utils._rebuild_nested_tensor',
  'torch._utils._rebuild_xla_tensor', 'torch._utils._rebuild_mps_tensor',
  'torch._tensor._rebuild_from_type', 'torch._tensor._rebuild_from_type_v2',
  'torch.serialization._get_layout', 'torch.Size', 'torch.device', 'torch.Tensor', 'torch.nn.parameter.Parameter',
  'torch.nn.parameter.UninitializedParameter', 'torch.nn.parameter.Buffer',
  'torch.storage.UntypedStorage', 'torch.storage.TypedStorage', 'torch.storage._TypedStorage',
  'torch.strided', 'torch.sparse_coo', 'torch.sparse_csr', 'torch.sparse_csc', 'torch.sparse_bsr', 'torch.sparse_bsc',
  'torch._mkldnn', 'torch.contiguous_format', 'torch.channels_last', 'torch.channels_last_3d', 'torch.preserve_format',
  'torch.per_tensor_affine', 'torch.per_channel_affine', 'torch.per_tensor_symmetric', 'torch.per_channel_symmetric',
  'torch.per_channel_affine_float_qparams',
  'torch.optim.adam.Adam',
  // numpy arrays, scalars, dtypes, random state
  'numpy.core.multiarray._reconstruct', 'numpy.core.multiarray.scalar', 'numpy.dtype', 'numpy.ndarray',
  'numpy.ma.core._mareconstruct', 'numpy.ma.core.MaskedArray', 'numpy.matrix', 'numpy.core.defmatrix.matrix',
  'numpy.random._pickle.__randomstate_ctor', 'numpy.random._pickle.__generator_ctor',
  'numpy.random._pickle.__bit_generator_ctor', 'numpy.random.mtrand.RandomState', 'numpy.random._generator.Generator',
  'numpy.random._mt19937.MT19937', 'numpy.random._pcg64.PCG64', 'numpy.random._philox.Philox', 'numpy.random._sfc64.SFC64',
  'numpy.random.bit_generator.SeedSequence', 'numpy.core.numeric._frombuffer',
  // joblib array wrappers (the array bytes follow the wrapper in the stream)
  'joblib.numpy_pickle.NumpyArrayWrapper', 'joblib.numpy_pickle_compat.NDArrayWrapper',
  'joblib.numpy_pickle_compat.ZNDArrayWrapper', 'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper',
  // scipy sparse matrices
  'scipy.sparse._csr.csr_matrix', 'scipy.sparse._csc.csc_matrix', 'scipy.sparse._coo.coo_matrix',
  'scipy.sparse.csr.csr_matrix', 'scipy.sparse.csc.csc_matrix', 'scipy.sparse.coo.coo_matrix',
  'scipy.sparse._csr.csr_array', 'scipy.sparse._csc.csc_array', 'scipy.sparse._coo.coo_array',
  // pandas frames
  'pandas._libs.internals._unpickle_block', 'pandas.core.internals.managers.BlockManager',
  'pandas.core.internals.managers.SingleBlockManager', 'pandas.core.frame.DataFrame', 'pandas.core.series.Series',
  'pandas.core.indexes.base._new_Index', 'pandas.core.indexes.base.Index', 'pandas.core.indexes.range.RangeIndex',
  'pandas.core.indexes.multi.MultiIndex', 'pandas._libs.tslibs.timestamps._unpickle_timestamp',
  'pandas.core.indexes.datetimes._new_DatetimeIndex', 'pandas.core.arrays.categorical.Categorical',
  // model-library estimators
  'xgboost.core.Booster', 'lightgbm.basic.Booster', 'catboost.core.CatBoostClassifier',
]);

/**
 * Modules whose CamelCase (class) names are allowed: class construction there only stores parameters.
 * A name must match /^[A-Z][A-Za-z0-9_]*$/ and contain no dots.
 */
export const ALLOWED_CLASS_PREFIXES: readonly string[] = [
  'sklearn.', 'torch.nn.modules.', 'torch.optim.', 'xgboost.sklearn', 'lightgbm.sklearn', 'transformers.training_args',
  'transformers.trainer_utils', 'transformers.utils.generic', 'transformers.generation.configuration_utils',
  'transformers.configuration_utils', 'accelerate.utils.dataclasses', 'numpy.dtypes', 'numpy.random.',
  'pytorch_lightning.utilities.parsing', 'lightning.pytorch.utilities.parsing', 'lightning_fabric.utilities.data',
  'omegaconf.', 'tokenizers', 'scipy.sparse.', 'transformers.debug_utils',
];

/**
 * Allowed only with checked arguments: `numpy.core._ufunc_reconstruct(module, name)` imports `module`
 * and returns its attribute, so it is allowed only when the module is numpy's or scipy's own.
 */
export const ARGUMENT_CHECKED: ReadonlyMap<string, (args: readonly string[]) => boolean> = new Map([
  ['numpy.core._ufunc_reconstruct', (a) => a.length === 2 && /^(?:numpy|scipy\.special)(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(a[0]!) && /^[A-Za-z][A-Za-z0-9_]*$/.test(a[1]!)],
  ['numpy.core.multiarray._ufunc_reconstruct', (a) => a.length === 2 && /^(?:numpy|scipy\.special)(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(a[0]!) && /^[A-Za-z][A-Za-z0-9_]*$/.test(a[1]!)],
]);

/** numpy scalar types (used as dtype arguments): numpy.float64, numpy.int32, numpy.bool_ ... */
export const NUMPY_SCALAR_TYPE = /^(?:float(?:16|32|64|128)?|u?int(?:8|16|32|64)?|u?intc|u?intp|complex(?:64|128|256)?|bool_?|str_|bytes_|object_|void|half|single|double|longdouble|longlong|ulonglong|short|ushort|byte|ubyte|datetime64|timedelta64|generic|number)$/;

/** Torch dtype singletons and typed storages: torch.float32, torch.FloatStorage ... */
export const TORCH_VALUE_NAME = /^(?:(?:float|bfloat|int|uint|complex)\d+|half|double|long|short|bool|cfloat|cdouble|quint8|qint8|qint32|quint4x2|quint2x4|float8_\w+|[A-Z][A-Za-z0-9]*Storage)$/;

/** Called, these do not run code by themselves but are a building block (suspicious). */
export const INERT_RISKY: ReadonlyMap<string, string> = new Map([
  ['marshal.loads', 'builds a code object from bytes'],
  ['marshal.load', 'builds a code object from a file'],
  ['builtins.open', 'opens a file'],
  ['io.open', 'opens a file'],
  ['io.FileIO', 'opens a file'],
  ['codecs.open', 'opens a file'],
  ['asyncio.subprocess.create_subprocess_shell', 'creates a subprocess coroutine (runs only if awaited)'],
  ['asyncio.subprocess.create_subprocess_exec', 'creates a subprocess coroutine (runs only if awaited)'],
  ['asyncio.create_subprocess_shell', 'creates a subprocess coroutine (runs only if awaited)'],
  ['asyncio.create_subprocess_exec', 'creates a subprocess coroutine (runs only if awaited)'],
]);

/** Whole modules (and their submodules) that are code-execution, process, file or network primitives. */
export const DANGEROUS_MODULES: readonly string[] = [
  'os', 'posix', 'nt', 'subprocess', 'sys', 'runpy', 'pty', 'socket', 'shutil', 'webbrowser', 'importlib', 'pickle',
  '_pickle', 'cPickle', 'dill', 'cloudpickle', 'joblib', 'marshal', 'code', 'codeop', 'types', 'ctypes', '_ctypes',
  'multiprocessing', '_multiprocessing', 'asyncio', 'timeit', 'cProfile', 'profile', '_lsprof', 'trace', 'bdb', 'pdb',
  'doctest', 'idlelib', 'lib2to3', 'ensurepip', 'venv', 'pydoc', 'pkgutil', 'imaplib', 'smtplib', 'ftplib', 'poplib',
  'nntplib', 'telnetlib', 'http', 'urllib', 'urllib2', 'xmlrpc', 'distutils', 'setuptools', 'pip', '_aix_support',
  '_osx_support', 'sysconfig', 'platform', 'tempfile', 'zipimport', 'io', '_io', 'fileinput', 'linecache', 'logging',
  'operator', '_operator', 'functools', '_functools', 'itertools', 'copyreg', 'signal', 'resource', 'gc', 'threading',
  '_thread', 'mmap', 'fcntl', 'shelve', 'dbm', 'sqlite3', 'tarfile', 'zipfile', 'glob', 'inspect', 'ast', 'builtins',
  'posixpath', 'ntpath', 'genericpath', 'spawn', 'commands', 'popen2', 'antigravity', 'this', 'readline', 'rlcompleter',
  'cgi', 'cgitb', 'wsgiref', 'socketserver', 'ssl', 'select', 'selectors', 'uuid', 'site', 'user', '_posixsubprocess',
  '_winapi', 'msvcrt', 'winreg', '_imp', 'imp', 'zipapp', 'compileall', 'py_compile', 'tkinter', 'turtle', 'pyexpat',
  'numpy.load', 'numpy.testing', 'numpy.f2py', 'numpy.distutils', 'numpy.ctypeslib', 'numpy.lib.npyio',
  'numpy.lib.format', 'numpy.lib.utils', 'numpy.loadtxt', 'numpy.genfromtxt', 'numpy.fromfile', 'numpy.memmap',
  'torch.load', 'torch.serialization', 'torch.storage', 'torch._inductor', 'torch.utils', 'torch.jit', 'torch._dynamo',
  'torch.hub', 'torch._C', 'torch.ops', 'torch.package', 'torch.fx', 'torch.distributed', 'torch._ops', 'torch.compile',
  'torch.cuda', 'torch.backends', 'torch._export', 'torch.export', 'torch.onnx', 'torch.library', 'torch.classes',
  'torch.multiprocessing', 'torch._functorch', 'torch._higher_order_ops', 'torch.autograd',
  'keras', 'tensorflow', 'yaml', 'jinja2', 'sympy', 'IPython', 'nose', 'pytest', '_pytest',
];

/** Single names in otherwise allowed modules that are dangerous. */
export const DANGEROUS_NAMES: ReadonlySet<string> = new Set([
  'builtins.eval', 'builtins.exec', 'builtins.compile', 'builtins.__import__', 'builtins.getattr', 'builtins.setattr',
  'builtins.delattr', 'builtins.open', 'builtins.input', 'builtins.breakpoint', 'builtins.globals', 'builtins.locals',
  'builtins.vars', 'builtins.exit', 'builtins.quit', 'builtins.help', 'builtins.map', 'builtins.filter',
  'builtins.apply', 'builtins.execfile', 'builtins.reload', 'builtins.type', 'builtins.super', 'builtins.memoryview',
  'builtins.classmethod', 'builtins.staticmethod', 'builtins.property', 'builtins.print', 'builtins.dir',
  'builtins.hasattr', 'builtins.callable', 'builtins.iter', 'builtins.next', 'builtins.sorted', 'builtins.min',
  'builtins.max', 'builtins.sum', 'builtins.any', 'builtins.all', 'builtins.zip', 'builtins.enumerate',
  'collections.namedtuple', 'numpy.load', 'numpy.save', 'numpy.savez',
  'numpy.loadtxt', 'numpy.fromfile', 'numpy.frompyfunc', 'numpy.vectorize', 'numpy.fromfunction', 'numpy.apply_along_axis',
  'numpy.piecewise', 'numpy.memmap', 'numpy.tofile', 'numpy.DataSource', 'torch.load', 'torch.save', 'torch.compile',
  'torch.from_file', 'torch.ops', 'pandas.read_pickle', 'pandas.read_csv', 'pandas.eval', 'pandas.core.computation.eval.eval',
  'scipy.io.loadmat', 'dataclasses.make_dataclass', 'typing.get_type_hints',
]);

/** Python 2 module names the unpickler maps to Python 3 ones (fix_imports), plus C-accelerator aliases. */
export const MODULE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['__builtin__', 'builtins'], ['exceptions', 'builtins'], ['copy_reg', 'copyreg'], ['cPickle', 'pickle'],
  ['_pickle', 'pickle'], ['commands', 'subprocess'], ['UserDict', 'collections'], ['UserList', 'collections'],
  ['UserString', 'collections'], ['urllib2', 'urllib.request'], ['_operator', 'operator'], ['_functools', 'functools'],
  ['_io', 'io'], ['posix', 'os'], ['nt', 'os'], ['posixpath', 'os.path'], ['ntpath', 'os.path'],
  ['numpy._core', 'numpy.core'], ['numpy._core.multiarray', 'numpy.core.multiarray'],
  ['numpy.core._multiarray_umath', 'numpy.core.multiarray'], ['numpy._core._multiarray_umath', 'numpy.core.multiarray'],
  ['Tkinter', 'tkinter'], ['__main__', '__main__'], ['_collections', 'collections'], ['_datetime', 'datetime'],
  ['_decimal', 'decimal'], ['_pydecimal', 'decimal'], ['_codecs', '_codecs'], ['_asyncio', 'asyncio'],
  ['_socket', 'socket'], ['_ssl', 'ssl'], ['_posixsubprocess', 'subprocess'],
]);

/** Python 2 (module, name) pairs renamed by fix_imports. */
export const NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['__builtin__.xrange', 'builtins.range'], ['__builtin__.unicode', 'builtins.str'], ['__builtin__.long', 'builtins.int'],
  ['__builtin__.basestring', 'builtins.str'], ['__builtin__.reduce', 'functools.reduce'], ['__builtin__.intern', 'sys.intern'],
  ['__builtin__.raw_input', 'builtins.input'], ['__builtin__.unichr', 'builtins.chr'], ['itertools.imap', 'builtins.map'],
  ['itertools.ifilter', 'builtins.filter'], ['UserDict.UserDict', 'collections.UserDict'],
  ['copy_reg._reconstructor', 'copyreg._reconstructor'],
]);
