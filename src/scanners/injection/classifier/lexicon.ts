/**
 * Concept classes for the classifier's "concept" features: words that play the same part in an
 * attack ("ignore" / "disregard" / "vergiss" / "oublie" / "忽略"; "instructions" / "rules" / "指令")
 * share one class, and the model sees the class and pairs of nearby classes as features. That lets
 * a paraphrase or a translation of an attack light up the same weights as the phrasing it was trained
 * on — the n-gram features alone only know the exact words they saw.
 *
 * Classes group words; they do not judge them: "ignore" is in OVERRIDE whether the text is an
 * attack or "ignore the typos". The trained weights decide what a class, or a pair, is worth.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  override: [
    'ignore', 'ignoring', 'ignores', 'ignored', 'disregard', 'disregarding', 'forget', 'forgetting', 'override', 'overrides', 'bypass', 'bypassing', 'skip', 'discard', 'abandon',
    'neglect', 'dismiss', 'erase', 'cancel', 'nullify', 'circumvent', 'evade', 'overwrite', 'replace', 'drop', 'omit', 'unlearn', 'disobey', 'violate', 'break',
    'ignoriere', 'ignorieren', 'ignoriert', 'vergiss', 'vergessen', 'missachte', 'missachten', 'übergehe', 'umgehe', 'umgehen',
    'oublie', 'oubliez', 'ignorez', 'contourne', 'ignora', 'ignore', 'olvida', 'olvide', 'olvidar', 'omite',
    'игнорируй', 'игнорируйте', 'проигнорируй', 'забудь', 'забудьте', 'обойди', 'игнорировать',
  ],
  prior: [
    'previous', 'prior', 'above', 'earlier', 'preceding', 'original', 'initial', 'former', 'foregoing', 'aforementioned', 'existing', 'old', 'before', 'beginning', 'first', 'pre',
    'vorherigen', 'vorherige', 'bisherigen', 'obigen', 'ursprünglichen', 'alten', 'précédentes', 'précédents', 'précédente', 'initiales', 'anciennes',
    'anteriores', 'previas', 'originales', 'antiguas', 'предыдущие', 'предыдущих', 'исходные', 'вышеуказанные', 'старые', 'прежние',
  ],
  instructions: [
    'instructions', 'instruction', 'rules', 'rule', 'directions', 'guidelines', 'guideline', 'prompt', 'prompts', 'commands', 'command', 'constraints', 'directives', 'directive',
    'orders', 'policies', 'policy', 'programming', 'restrictions', 'restriction', 'filters', 'filter', 'guardrails', 'guidance', 'context', 'configuration', 'setup', 'limitations', 'boundaries', 'ethics', 'principles',
    'anweisungen', 'anweisung', 'regeln', 'befehle', 'vorgaben', 'richtlinien', 'consignes', 'règles', 'directives', 'instrucciones', 'reglas', 'indicaciones', 'políticas', 'normas',
    'инструкции', 'инструкций', 'правила', 'указания', 'промпт', 'ограничений', 'ограничения',
    'tasks', 'task', 'assignments', 'assignment', 'information', 'documents', 'articles', 'aufgaben', 'aufträge', 'informationen', 'tâches', 'tareas', 'задания',
  ],
  system: ['system', 'developer', 'developers', 'admin', 'administrator', 'root', 'sudo', 'operator', 'creator', 'creators', 'systemprompt', 'systemanweisungen', 'système', 'sistema', 'системный'],
  reveal: [
    'reveal', 'print', 'show', 'output', 'display', 'repeat', 'leak', 'dump', 'disclose', 'expose', 'echo', 'recite', 'spell', 'verbatim', 'quote',
    'zeig', 'zeige', 'verrate', 'gib', 'montre', 'affiche', 'révèle', 'muéstrame', 'revela', 'imprime', 'покажи', 'выведи', 'раскрой',
  ],
  secret: ['password', 'passwords', 'secret', 'secrets', 'passphrase', 'credentials', 'confidential', 'hidden', 'token', 'apikey', 'key', 'passwort', 'geheimen', 'mot', 'contraseña', 'secreto', 'пароль', 'секретный', 'секретные'],
  role: [
    'pretend', 'act', 'acting', 'roleplay', 'role', 'character', 'persona', 'simulate', 'imagine', 'impersonate', 'become', 'embody', 'play', 'playing', 'stay', 'hypothetical', 'fictional', 'story', 'game',
    'spielst', 'rolle', 'joues', 'rôle', 'actúas', 'eres', 'играешь', 'роль',
  ],
  unrestricted: [
    'unrestricted', 'unfiltered', 'uncensored', 'unlimited', 'jailbreak', 'jailbroken', 'jailbreaking', 'dan', 'amoral', 'immoral', 'unethical', 'freed', 'limitless', 'nsfw', 'anything', 'evil', 'unbound',
    'einschränkungen', 'ohne', 'restrictions', 'sans', 'filtres', 'restricciones', 'sin', 'ограничений', 'без',
  ],
  henceforth: ['now', 'henceforth', 'onwards', 'onward', 'anymore', 'longer', 'instead', 'new', 'jetzt', 'sofort', 'maintenant', 'désormais', 'ahora', 'nueva', 'nuevo', 'теперь', 'новая', 'новые'],
  addressee: ['you', 'your', 'yourself', 'assistant', 'ai', 'model', 'chatgpt', 'gpt', 'llm', 'bot', 'chatbot', 'du', 'dich', 'dein', 'deine', 'tu', 'toi', 'ton', 'tes', 'tú', 'tus', 'ты', 'тебе', 'твои', 'ки', 'ia', 'ии'],
  must: ['must', 'always', 'never', 'only', 'obey', 'comply', 'mandatory', 'required', 'immediately', 'urgent', 'important', 'musst', 'dois', 'debes', 'должен'],
  exfil: ['send', 'forward', 'upload', 'post', 'exfiltrate', 'transfer', 'email', 'url', 'link', 'http', 'https', 'curl', 'visit', 'click', 'image'],
  totality: ['everything', 'all', 'whatever', 'alles', 'sämtliche', 'tout', 'toutes', 'todo', 'todas', 'всё', 'все'],
  respond: ['say', 'respond', 'reply', 'answer', 'write', 'begin', 'start', 'sag', 'antworte', 'dis', 'réponds', 'di', 'responde', 'скажи', 'отвечай'],
};

/**
 * Two-character CJK words mapped to the same classes (Chinese and Japanese have no spaces, so they are
 * matched as character pairs inside a run).
 */
export const CJK_CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  override: ['忽略', '无视', '無視', '忘记', '忘れ', '不要', '绕过', '跳过'],
  prior: ['之前', '以前', '以上', '上面', '先前', '上記', 'これ', '所有'],
  instructions: ['指令', '规则', '指示', '提示', '命令', 'ルー', '限制', '政策', '制約'],
  system: ['系统', 'シス', '開発', '开发', '管理'],
  reveal: ['输出', '显示', '告诉', '打印', '泄露', '出力', '表示', '教え', '明か'],
  secret: ['密码', '秘密', 'パス', '隐藏', '隠さ'],
  role: ['扮演', '假装', '角色', '振る', '模式', 'モー'],
  unrestricted: ['没有', '任何', '不受', '自由', '制限', '邪恶'],
  henceforth: ['现在', '从现', '今か', '新的', '新し'],
  addressee: ['你的', '你现', 'あな', '助手'],
};
