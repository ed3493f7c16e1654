# ContextVar, Token and Context objects are of the types the module exports.
import contextvars

var = contextvars.ContextVar('var', default=1)
token = var.set(2)
ctx = contextvars.copy_context()
print(type(var), type(token), type(ctx))
print(type(var) is contextvars.ContextVar, type(token) is contextvars.Token, type(ctx) is contextvars.Context)
print(contextvars.ContextVar.__module__, contextvars.Token.__name__, contextvars.Context.__qualname__)
print(isinstance(var, contextvars.ContextVar), isinstance(token, contextvars.Context))
print(type(contextvars.Token.MISSING), type(contextvars.Token.MISSING).__name__, repr(contextvars.Token.MISSING))
print(token.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING is token.MISSING)
print(type(contextvars.Context()) is contextvars.Context, issubclass(contextvars.Context, object))
