# Extended slices (a step other than 1) can be assigned and deleted.
import asyncio


async def main():
    l=list(range(10))
    try:
        l[::2] = [1]
    except ValueError as e:
        print(e)
    l[::-3]=[9,9,9,9]; print(l)
    del l[::-2]; print(l)
    del l[5:1:-1]; print(l)
    l=[1,2,3]; l[::-1]="abc"; print(l)
    l=[1,2,3,4]; l[::2] = l[1::2]; print(l)
    l=[1,2,3]; l[:] = l; print(l); l[1:] = l; print(l)
    l=list(range(6)); del l[1::2]; print(l); del l[10:20:2]; print(l)
    l=[0]*4; l[3:0:-1] = [1,2,3]; print(l)
    await asyncio.sleep(0)
    l[::2] = [1, 2, 3]


asyncio.run(main())
