# Layered configuration with ChainMap: command line over environment over defaults.
from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg, cfg['user'], cfg['color'], cfg['debug'], len(cfg), list(cfg), 'color' in cfg, cfg.get('nope', 0), dict(cfg))
cfg['color'] = 'blue'; print(cli, cfg.maps[0], sorted(cfg.items()), list(cfg.keys()), list(cfg.values()))
child = cfg.new_child({'user': 'root'}); print(child['user'], child.parents['user'], len(child.maps))
del cfg['color']
try: del cfg['user']
except KeyError as e: print('KeyError', e)
try: cfg['missing']
except KeyError as e: print('KeyError', e)
print(ChainMap(), ChainMap({'a': 1}) == {'a': 1}, bool(ChainMap()), cfg.pop('debug'), cfg)
