import asyncio
import string

LEET = str.maketrans("aeio", "4310")
STRIP_PUNCT = str.maketrans("", "", string.punctuation)


async def clean(text):
    await asyncio.sleep(0.1)
    return text.translate(STRIP_PUNCT).lower()


async def main():
    words = await asyncio.gather(clean("Hello, World!"), clean("It's... async?"))
    print(words)
    print([w.translate(LEET) for w in words])
    accents = str.maketrans({"é": "e", "ö": "o", "ß": "ss"})
    print("Café Größe".translate(accents))
    print("hello".translate({ord("l"): "L", ord("o"): None, 104: 72}))
    print(sorted(str.maketrans("ab", "xy", "c").items()))
    try:
        str.maketrans("ab", "c")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
