# Jobs keyed by UUIDs: name-based ids (uuid5/uuid3) are the same on every machine, so a queue
# of jobs can be printed, sorted and looked up by them.
import asyncio
import uuid


async def worker(name, queue, results):
    while True:
        job_id, payload = await queue.get()
        await asyncio.sleep(0.1)
        results[job_id] = payload.upper()
        print(f"{name} finished {job_id} ({payload})")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = {}
    ids = {}
    for payload in ["alpha", "beta", "gamma"]:
        job_id = uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.com/jobs/{payload}")
        ids[payload] = job_id
        await queue.put((job_id, payload))
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    for job_id in sorted(results):
        print(repr(job_id), job_id.version, results[job_id])
    beta = ids["beta"]
    same = uuid.UUID(str(beta))
    print(same == beta, hash(same) == hash(beta), results[same])
    print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org").hex, beta.urn, beta.variant)
    print(uuid.UUID("{12345678-1234-5678-1234-567812345678}").fields)
    print(len(str(uuid.uuid4())), uuid.uuid4().version, uuid.uuid4() != uuid.uuid4())
    try:
        uuid.UUID("not-a-uuid")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
