"""What every chat backend shares: the message list and spacy-llm's batched call."""
# No ``from __future__ import annotations``: spacy-llm reads __call__'s signature.
from typing import Iterable, List, Optional


class ChatModel:
    """A chat backend; subclasses set ``system_prompt`` and ``seed`` and implement ``generate``."""

    system_prompt: Optional[str] = None
    seed: int = 0

    def messages(self, prompt: str) -> List[dict]:
        """The optional system prompt, then the user prompt."""
        msgs = [{"role": "system", "content": self.system_prompt}] if self.system_prompt else []
        return msgs + [{"role": "user", "content": prompt}]

    def generate(self, prompt: str, seed: int) -> str:
        """One answer to one prompt."""
        raise NotImplementedError

    def __call__(self, prompts: Iterable[Iterable[str]]) -> Iterable[Iterable[str]]:
        # Each prompt of a shard gets its own seed, so self-consistency samples differ.
        return [[self.generate(p, self.seed + i) for i, p in enumerate(shard)] for shard in prompts]
