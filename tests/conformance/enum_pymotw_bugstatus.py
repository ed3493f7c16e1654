import enum


class BugStatus(enum.Enum):

    new = 7
    incomplete = 6
    invalid = 5
    wont_fix = 4
    in_progress = 3
    fix_committed = 2
    fix_released = 1

    by_design = 4
    closed = 1


print('\nMember name: {}'.format(BugStatus.wont_fix.name))
print('Member value: {}'.format(BugStatus.wont_fix.value))
for status in BugStatus:
    print('{:15} = {}'.format(status.name, status.value))
for name, member in BugStatus.__members__.items():
    print(name, member)

actual_state = BugStatus.wont_fix
desired_state = BugStatus.fix_released
print('Equality:', actual_state == desired_state, actual_state == BugStatus.wont_fix)
print('Identity:', actual_state is desired_state, actual_state is BugStatus.wont_fix)
print('Ordered by value:')
try:
    print('\n'.join('  ' + s.name for s in sorted(BugStatus)))
except TypeError as err:
    print('  Cannot sort: {}'.format(err))


class BugStatus2(enum.IntEnum):
    new = 7
    incomplete = 6
    fix_released = 1

print('\n'.join('  ' + s.name for s in sorted(BugStatus2)))

BS = enum.Enum(
    value='BugStatus',
    names=('fix_released fix_committed in_progress '
           'wont_fix invalid incomplete new'),
)
print('Member: {}'.format(BS.new))
print('\nAll members:')
for status in BS:
    print('{:15} = {}'.format(status.name, status.value))

class BugStatus3(enum.Enum):
    new = (7, ['incomplete', 'invalid'])
    incomplete = (6, ['new'])

    def __init__(self, num, transitions):
        self.num = num
        self.transitions = transitions

    def can_transition(self, new_state):
        return new_state.name in self.transitions


print('Name:', BugStatus3.incomplete)
print('Value:', BugStatus3.incomplete.value)
print('Custom attribute:', BugStatus3.incomplete.transitions)
print('Using attribute:', BugStatus3.incomplete.can_transition(BugStatus3.new))
print(f"{BugStatus.new!s:>20}|{BugStatus.new!r}")
