"""The accurate extraction tier's model, for Scripts/train-tagger: a BERT encoder (all-MiniLM-L6-v2)
with a cue head and a role head, trained on the chunks `extraction-tools export-tagger-data`
writes, and exported in the format Sources/AttributionSemantics/Internal/EncoderWeights.swift
reads (the encoder's matrices as int8 rows with a scale each, the heads as float32).

The forward pass mirrors SentenceEncoder.swift and TransformerTagger.swift operation by
operation (erf GELU, layer norm epsilon 1e-12, the same position buckets), which the parity
fixture checks."""
import argparse
import json
import math
import random
import struct
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

POSITION_BUCKETS = 19
ROLE_LABELS = 5
INNER = 256


def position_row(index, cue_lower, cue_upper, same_sentence):
    """TransformerTagger.positionRow: the signed distance to the cue in buckets, and the sentence."""
    if index < cue_lower:
        distance = index - cue_lower
    elif index >= cue_upper:
        distance = index - (cue_upper - 1)
    else:
        distance = 0
    size = abs(distance)
    if size <= 4:
        magnitude = size
    elif size < 8:
        magnitude = 5
    elif size < 16:
        magnitude = 6
    elif size < 32:
        magnitude = 7
    elif size < 64:
        magnitude = 8
    else:
        magnitude = 9
    bucket = magnitude if distance > 0 else (9 + magnitude if distance < 0 else 0)
    return bucket * 2 + (1 if same_sentence else 0)


class Layer(nn.Module):
    def __init__(self, width, heads, inner):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(width, width)
        self.key = nn.Linear(width, width)
        self.value = nn.Linear(width, width)
        self.output = nn.Linear(width, width)
        self.attention_norm = nn.LayerNorm(width, eps=1e-12)
        self.inner = nn.Linear(width, inner)
        self.outer = nn.Linear(inner, width)
        self.output_norm = nn.LayerNorm(width, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, mask):
        batch, length, width = x.shape
        head = width // self.heads

        def split(t):
            return t.view(batch, length, self.heads, head).transpose(1, 2)

        attended = F.scaled_dot_product_attention(
            split(self.query(x)), split(self.key(x)), split(self.value(x)), attn_mask=mask,
            dropout_p=0.1 if self.training else 0.0)
        attended = attended.transpose(1, 2).reshape(batch, length, width)
        x = self.attention_norm(x + self.dropout(self.output(attended)))
        return self.output_norm(x + self.dropout(self.outer(F.gelu(self.inner(x)))))


class Tagger(nn.Module):
    def __init__(self, config):
        super().__init__()
        width = config["hidden_size"]
        self.words = nn.Embedding(config["vocab_size"], width)
        self.positions = nn.Embedding(config["max_position_embeddings"], width)
        self.token_type = nn.Embedding(config["type_vocab_size"], width)
        self.embedding_norm = nn.LayerNorm(width, eps=1e-12)
        self.layers = nn.ModuleList(
            Layer(width, config["num_attention_heads"], config["intermediate_size"])
            for _ in range(config["num_hidden_layers"]))
        self.dropout = nn.Dropout(0.1)
        self.cue = nn.Linear(width, 3)
        self.role_token = nn.Linear(width, INNER)
        self.role_cue = nn.Linear(width, INNER, bias=False)
        self.role_product = nn.Linear(width, INNER, bias=False)
        self.role_position = nn.Embedding(2 * POSITION_BUCKETS, INNER)
        self.role_output = nn.Linear(INNER, ROLE_LABELS)

    def encode(self, ids, lengths):
        batch, length = ids.shape
        positions = torch.arange(length).unsqueeze(0)
        x = self.words(ids) + self.positions(positions) + self.token_type.weight[0]
        x = self.dropout(self.embedding_norm(x))
        valid = torch.arange(length).unsqueeze(0) < lengths.unsqueeze(1)
        mask = torch.zeros(batch, 1, 1, length).masked_fill(~valid[:, None, None, :], float("-inf"))
        for layer in self.layers:
            x = layer(x, mask)
        return x

    def role_logits(self, states, cue_ranges, position_rows):
        """states: T × width; cue_ranges: R (lower, upper); position_rows: R × T."""
        cues = torch.stack([states[lower:upper].mean(0) for lower, upper in cue_ranges])
        hidden = (self.role_token(states)[None] + self.role_cue(cues)[:, None]
                  + self.role_product(states[None] * cues[:, None]) + self.role_position(position_rows))
        return self.role_output(self.dropout(F.gelu(hidden)))


def load_chunks(path):
    chunks = []
    for line in open(path, encoding="utf-8"):
        chunk = json.loads(line)
        sentence = chunk["sentence"]
        for role in chunk["roles"]:
            lower, upper = role["cue"]
            role["rows"] = [position_row(i, lower, upper, sentence[i] == sentence[lower]) for i in range(len(sentence))]
        chunks.append(chunk)
    return chunks


def batches(chunks, size, rng):
    order = list(range(len(chunks)))
    rng.shuffle(order)
    return [order[i:i + size] for i in range(0, len(order), size)]


def forward(model, chunks):
    lengths = torch.tensor([len(c["ids"]) for c in chunks])
    ids = torch.zeros(len(chunks), int(lengths.max()), dtype=torch.long)
    for row, chunk in enumerate(chunks):
        ids[row, :len(chunk["ids"])] = torch.tensor(chunk["ids"])
    encoded = model.encode(ids, lengths)
    results = []
    for row, chunk in enumerate(chunks):
        states = encoded[row, torch.tensor(chunk["first"])]
        cue = model.cue(model.dropout(states))
        roles = None
        if chunk["roles"]:
            ranges = [tuple(r["cue"]) for r in chunk["roles"] if r["cue"][1] > r["cue"][0]]
            rows = torch.tensor([r["rows"] for r in chunk["roles"] if r["cue"][1] > r["cue"][0]])
            if ranges:
                roles = model.role_logits(states, ranges, rows)
        results.append((cue, roles))
    return results


def spans(labels, begin):
    found, start = set(), None
    for i, label in enumerate(list(labels) + [0]):
        if label == begin:
            if start is not None:
                found.add((start, i))
            start = i
        elif label != begin + 1 and start is not None:
            found.add((start, i))
            start = None
    return found


def evaluate(model, chunks):
    model.eval()
    counts = {name: [0, 0, 0] for name in ("cue", "source", "content")}

    def add(name, gold, predicted):
        counts[name][0] += len(gold & predicted)
        counts[name][1] += len(predicted)
        counts[name][2] += len(gold)

    with torch.no_grad():
        for start in range(0, len(chunks), 16):
            part = chunks[start:start + 16]
            for chunk, (cue, roles) in zip(part, forward(model, part)):
                lower, upper = chunk["owned"]
                predicted = {s for s in spans(cue.argmax(-1).tolist(), 1) if lower <= s[0] < upper}
                gold = {s for s in spans(chunk["cue"], 1) if lower <= s[0] < upper}
                add("cue", gold, predicted)
                if roles is None:
                    continue
                kept = [r for r in chunk["roles"] if r["cue"][1] > r["cue"][0]]
                for role, logits in zip(kept, roles):
                    path = logits.argmax(-1).tolist()
                    add("source", spans(role["labels"], 1), spans(path, 1))
                    add("content", spans(role["labels"], 3), spans(path, 3))
    model.train()
    scores = {}
    for name, (right, predicted, gold) in counts.items():
        precision = right / predicted if predicted else 0.0
        recall = right / gold if gold else 0.0
        scores[name] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return scores


def quantize(matrix):
    scale = np.abs(matrix).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return scale.astype(np.float32), np.clip(np.rint(matrix / scale[:, None]), -127, 127).astype(np.int8)


def encoder_names(layers):
    names = ["embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
             "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"]
    for layer in range(layers):
        p = f"encoder.layer.{layer}."
        for part in ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                     "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm"]:
            names += [p + part + ".weight", p + part + ".bias"]
    return names


PARTS = {"attention.self.query": "query", "attention.self.key": "key", "attention.self.value": "value",
         "attention.output.dense": "output", "attention.output.LayerNorm": "attention_norm",
         "intermediate.dense": "inner", "output.dense": "outer", "output.LayerNorm": "output_norm"}
HEADS = {"tagger.cue.weight": "cue.weight", "tagger.cue.bias": "cue.bias",
         "tagger.role.token.weight": "role_token.weight", "tagger.role.token.bias": "role_token.bias",
         "tagger.role.cue.weight": "role_cue.weight", "tagger.role.product.weight": "role_product.weight",
         "tagger.role.position": "role_position.weight", "tagger.role.output.weight": "role_output.weight",
         "tagger.role.output.bias": "role_output.bias"}


def module_name(name):
    """The Tagger parameter a stored tensor name stands for."""
    if name in HEADS:
        return HEADS[name]
    fixed = {"embeddings.word_embeddings.weight": "words.weight",
             "embeddings.position_embeddings.weight": "positions.weight",
             "embeddings.token_type_embeddings.weight": "token_type.weight",
             "embeddings.LayerNorm.weight": "embedding_norm.weight", "embeddings.LayerNorm.bias": "embedding_norm.bias"}
    if name in fixed:
        return fixed[name]
    _, _, layer, rest = name.split(".", 3)
    part, kind = rest.rsplit(".", 1)
    return f"layers.{layer}.{PARTS[part]}.{kind}"


def export(model, config, path):
    """Writes the AGEN0001 file and loads its dequantized values back into `model`."""
    state = model.state_dict()
    names = encoder_names(config["num_hidden_layers"]) + list(HEADS)
    with open(path, "wb") as f:
        f.write(b"AGEN0001" + struct.pack("<IIIII", config["num_hidden_layers"], config["hidden_size"],
                                          config["num_attention_heads"], config["intermediate_size"], len(names)))
        for name in names:
            tensor = state[module_name(name)].detach().numpy().astype(np.float32)
            rows, columns = (tensor.shape[0], tensor.shape[1]) if tensor.ndim == 2 else (1, tensor.shape[0])
            encoded = name.encode()
            quantized = tensor.ndim == 2 and name.startswith(("embeddings.", "encoder.")) \
                and name != "embeddings.token_type_embeddings.weight"
            f.write(struct.pack("<I", len(encoded)) + encoded + struct.pack("<BII", 1 if quantized else 0, rows, columns))
            if quantized:
                scale, values = quantize(tensor)
                f.write(scale.tobytes() + values.tobytes())
                state[module_name(name)].copy_(torch.from_numpy(values.astype(np.float32) * scale[:, None]))
            else:
                f.write(tensor.reshape(-1).tobytes())


def write_fixture(model, chunks, path):
    """The dequantized model's logits on a few dev chunks, for the Swift parity test."""
    model.eval()
    cases = []
    with torch.no_grad():
        for chunk in chunks:
            if not chunk["roles"]:
                continue
            (cue, roles), = forward(model, [chunk])
            role = chunk["roles"][0]
            cases.append({"ids": chunk["ids"], "first": chunk["first"], "owned": chunk["owned"],
                          "sentence": chunk["sentence"], "cue": role["cue"],
                          "cueLogits": [round(v, 5) for v in cue.reshape(-1).tolist()],
                          "roleLogits": [round(v, 5) for v in roles[0].reshape(-1).tolist()]})
            if len(cases) == 3:
                break
    Path(path).write_text(json.dumps({"cases": cases}, separators=(",", ":")) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["train", "export"])
    parser.add_argument("--checkpoint", help="export: the trained state (tagger-epochN.pt) to write out")
    parser.add_argument("--work", required=True)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--encoder-rate", type=float, default=8e-5)
    parser.add_argument("--head-rate", type=float, default=1e-3)
    parser.add_argument("--limit", type=int, default=0, help="train on this many chunks only (a smoke test)")
    parser.add_argument("--output", required=True)
    parser.add_argument("--fixture", required=True)
    args = parser.parse_args()
    started = time.time()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    work = Path(args.work)

    import all_minilm_l6_v2
    from safetensors.numpy import load_file
    model_dir = work / "all-MiniLM-L6-v2"
    if not (model_dir / "model.safetensors").exists():
        zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()).extractall(model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    model = Tagger(config)
    pretrained = load_file(str(model_dir / "model.safetensors"))
    state = model.state_dict()
    for name in encoder_names(config["num_hidden_layers"]):
        state[module_name(name)].copy_(torch.from_numpy(pretrained[name].astype(np.float32)))

    dev = load_chunks(work / "dev.jsonl")
    if args.command == "export":
        model.load_state_dict(torch.load(args.checkpoint))
        export(model, config, args.output)
        write_fixture(model, dev, args.fixture)
        print(f"wrote {args.output} and {args.fixture}", file=sys.stderr)
        return
    train = load_chunks(work / "train.jsonl")
    if args.limit:
        train = train[:args.limit]
    rng = random.Random(args.seed)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    heads = [p for n, p in model.named_parameters() if n.startswith(("cue.", "role_"))]
    encoder = [p for n, p in model.named_parameters() if not n.startswith(("cue.", "role_"))]
    optimizer = torch.optim.AdamW(
        [{"params": encoder, "lr": args.encoder_rate}, {"params": heads, "lr": args.head_rate}], weight_decay=0.01)
    warmup = max(1, steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / max(1, steps - warmup))))
    model.train()
    step = 0
    for epoch in range(args.epochs):
        total = 0.0
        for number, batch in enumerate(batches(train, args.batch, rng)):
            chunks = [train[i] for i in batch]
            loss = torch.zeros(())
            for chunk, (cue, roles) in zip(chunks, forward(model, chunks)):
                loss = loss + F.cross_entropy(cue, torch.tensor(chunk["cue"]))
                if roles is not None:
                    labels = torch.tensor([r["labels"] for r in chunk["roles"] if r["cue"][1] > r["cue"][0]])
                    loss = loss + F.cross_entropy(roles.reshape(-1, ROLE_LABELS), labels.reshape(-1))
            loss = loss / len(chunks)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            total += loss.item()
            if number % 50 == 0:
                print(f"epoch {epoch + 1} step {number} loss {total / (number + 1):.4f} "
                      f"({time.time() - started:.0f} s)", file=sys.stderr, flush=True)
        scores = evaluate(model, dev)
        print(f"epoch {epoch + 1}: dev span F1 cue {scores['cue']:.3f}, source {scores['source']:.3f}, "
              f"content {scores['content']:.3f} (gold cues) ({time.time() - started:.0f} s)", file=sys.stderr, flush=True)
        torch.save(model.state_dict(), work / f"tagger-epoch{epoch + 1}.pt")
    export(model, config, args.output)
    scores = evaluate(model, dev)
    print(f"int8 model: dev span F1 cue {scores['cue']:.3f}, source {scores['source']:.3f}, "
          f"content {scores['content']:.3f}", file=sys.stderr)
    write_fixture(model, dev, args.fixture)
    print(f"training took {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
