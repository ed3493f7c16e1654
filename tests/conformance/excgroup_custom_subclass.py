# A program's own ExceptionGroup subclass: derive() keeps the class through split and except*.


class ValidationErrors(ExceptionGroup):
    def derive(self, excs):
        return ValidationErrors(self.message, excs)


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if record.get("age", 0) < 0:
        errors.append(ValueError("age must be positive"))
    if errors:
        raise ValidationErrors(f"{len(errors)} problems in {record}", errors)
    return record


for rec in [{"name": "Ada", "age": 36}, {"age": "old"}, {"name": "", "age": -1}]:
    try:
        print("valid:", validate(rec))
    except* ValueError as eg:
        print(type(eg).__name__, "values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print(type(eg).__name__, "types:", [str(e) for e in eg.exceptions], "|", eg)

errors = ValidationErrors("batch", [ValueError(1), KeyError(2)])
match, rest = errors.split(KeyError)
print(repr(match), repr(rest))
print(repr(ExceptionGroup("m", [ValueError(1)]).derive([ValueError(2)])))
print(repr(BaseExceptionGroup("m", [ValueError(1)]).derive([KeyboardInterrupt()])))
validate({"age": 3})
