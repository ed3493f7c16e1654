# Threads, executors and their futures are of the classes CPython defines them in.
import concurrent.futures
import threading


def work():
    return type(threading.current_thread()).__name__


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    print(type(pool), type(pool) is concurrent.futures.ThreadPoolExecutor)
    print(isinstance(pool, concurrent.futures.Executor), issubclass(concurrent.futures.ThreadPoolExecutor, concurrent.futures.Executor))
    print(concurrent.futures.ThreadPoolExecutor.__mro__)
    f = pool.submit(work)
    print(type(f), type(f) is concurrent.futures.Future, isinstance(f, concurrent.futures.Future))
    print(f.result())

main_thread = threading.current_thread()
print(type(main_thread), type(main_thread).__name__, type(main_thread).__module__)
print(type(main_thread).__mro__)
