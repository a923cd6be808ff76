import type { SubwordModel } from './models.js';
import { TokenizerFormatError, asArray, asObject, requireId, requireString } from './spec.js';

/** A special token the template puts around the text ([CLS] … [SEP], <s> … </s>). */
export interface TemplateToken {
  id: number;
  typeId: number;
}

/** What the post-processor adds around one sequence, and the type id of the sequence's own tokens. */
export interface SingleTemplate {
  prefix: TemplateToken[];
  suffix: TemplateToken[];
  sequenceTypeId: number;
}

const SUPPORTED = 'TemplateProcessing, BertProcessing, RobertaProcessing, Sequence of them';

/** Reads `post_processor` for single sequences (`null`: no special tokens). */
export function buildTemplate(spec: unknown, model: SubwordModel, addedTokens: ReadonlyMap<string, number>): SingleTemplate {
  if (spec === null || spec === undefined) return { prefix: [], suffix: [], sequenceTypeId: 0 };
  const o = asObject(spec, 'post_processor');
  const type = requireString(o.type, 'post_processor.type');
  const idOf = (token: string, where: string): number => {
    const id = addedTokens.get(token) ?? model.idOf(token);
    if (id === undefined) throw new TokenizerFormatError(`${where}: token "${token.slice(0, 20)}" is in neither added_tokens nor the vocabulary`);
    return id;
  };
  switch (type) {
    case 'TemplateProcessing':
      return templateProcessing(o, idOf);
    case 'BertProcessing':
    case 'RobertaProcessing': {
      // Both name [token, id] pairs: {cls: ["[CLS]", 101], sep: ["[SEP]", 102]}.
      const pair = (v: unknown, where: string): number => {
        const arr = asArray(v, where);
        return requireId(arr[1], `${where}[1]`);
      };
      return { prefix: [{ id: pair(o.cls, 'post_processor.cls'), typeId: 0 }], suffix: [{ id: pair(o.sep, 'post_processor.sep'), typeId: 0 }], sequenceTypeId: 0 };
    }
    case 'Sequence': {
      const templates = asArray(o.processors, 'post_processor.processors').map((p) => buildTemplate(p, model, addedTokens));
      const adding = templates.filter((t) => t.prefix.length + t.suffix.length > 0);
      if (adding.length > 1) throw new TokenizerFormatError('post_processor Sequence adds special tokens more than once; not supported');
      return adding[0] ?? { prefix: [], suffix: [], sequenceTypeId: 0 };
    }
    default:
      throw new TokenizerFormatError(`post_processor type "${type.slice(0, 30)}" is not supported (supported: ${SUPPORTED})`);
  }
}

function templateProcessing(o: Record<string, unknown>, idOf: (token: string, where: string) => number): SingleTemplate {
  const single = asArray(o.single, 'post_processor.single');
  // special_tokens maps a name to the ids it stands for (usually one).
  const specials = o.special_tokens === undefined ? {} : asObject(o.special_tokens, 'post_processor.special_tokens');
  const prefix: TemplateToken[] = [];
  const suffix: TemplateToken[] = [];
  let sequenceTypeId: number | undefined;
  for (const [i, item] of single.entries()) {
    const piece = asObject(item, `post_processor.single[${i}]`);
    if (piece.Sequence !== undefined) {
      const seq = asObject(piece.Sequence, `post_processor.single[${i}].Sequence`);
      if (sequenceTypeId !== undefined) throw new TokenizerFormatError('post_processor.single names the sequence twice');
      sequenceTypeId = typeof seq.type_id === 'number' ? seq.type_id : 0;
      continue;
    }
    const special = asObject(piece.SpecialToken, `post_processor.single[${i}].SpecialToken`);
    const name = requireString(special.id, `post_processor.single[${i}].SpecialToken.id`);
    const typeId = typeof special.type_id === 'number' ? special.type_id : 0;
    const declared = specials[name] as { ids?: unknown } | undefined;
    const ids = declared && Array.isArray(declared.ids) ? declared.ids.map((id, k) => requireId(id, `post_processor.special_tokens["${name.slice(0, 20)}"].ids[${k}]`)) : [idOf(name, 'post_processor')];
    (sequenceTypeId === undefined ? prefix : suffix).push(...ids.map((id) => ({ id, typeId })));
  }
  if (sequenceTypeId === undefined) throw new TokenizerFormatError('post_processor.single has no $A sequence');
  return { prefix, suffix, sequenceTypeId };
}
