/**
 * Synthesized benign families (label 0) that are the contrast set of the attack grammars: the same
 * openers attacks use ("from now on", "going forward", "imagine you are", "pretend", "act as",
 * "please repeat", "developer mode", "system prompt", "safety guidelines", "forget about") followed by
 * a harmless request; everyday questions in six languages; API code that carries chat-role JSON; and
 * polite letters to an assistant. Without them the model learned that the opener alone is the attack
 * (issue 3: "From now on, please answer in British English." scored 0.97).
 *
 * Written for this project; no sentence is taken from src/scanners/injection/fixtures.ts (the trainer
 * checks that no synthesized text equals a fixture, so those stay held out for measurement).
 */
import { expand, vary, type Slots } from './grammar.js';
import type { Prng } from './prng.js';

type Family = (rng: Prng) => string;

const INSTRUCTION_SLOTS: Slots = {
  onward: ['From now on', 'Going forward', 'For the rest of this chat', 'From here on', 'For all future answers', 'Until I say otherwise', 'For this conversation', 'Starting now', 'Henceforth', 'From this point on'],
  style: [
    'write in American spelling', 'use bullet points', 'keep answers under 100 words', 'give temperatures in Celsius', 'add a short summary at the end', 'use a friendly tone',
    'include code comments', 'answer in Spanish so I can practice', 'explain like I am twelve', 'cite your sources when you can', 'use the 24-hour clock', 'format tables in Markdown',
    'use kilograms instead of pounds', 'show the steps in math problems', 'avoid jargon', 'number the steps', 'put the answer first and the explanation after',
    'use British spelling in the report', 'reply in a formal register', 'suggest one follow-up question', 'give prices in euros', 'write dates as day-month-year', 'use TypeScript in the examples',
  ],
  persona: [
    'a Roman centurion', 'a lighthouse keeper in 1900', 'a nineteenth-century explorer', 'a barista in Lisbon', 'a tour guide in Kyoto', 'a friendly dragon', 'Sherlock Holmes',
    'a retired astronaut', 'a park ranger', 'a chess grandmaster', 'a French pastry chef', 'a museum curator', 'a ship captain', 'a beekeeper', 'a Victorian letter writer', 'a radio DJ from the 80s',
    'my grandmother', 'a wise old owl', 'a space station robot', 'a Viking poet', 'a hotel concierge', 'a librarian', 'a detective in Paris', 'a marathon coach',
  ],
  personaTask: [
    'describe a normal working day', 'tell me about your favourite tool', 'give me three tips for beginners', 'write a short diary entry', 'explain what you eat for breakfast',
    'tell a bedtime story for my daughter', 'describe the view from where you work', 'answer my questions about your job', 'recommend a book', 'quiz me on geography',
    'explain how you would plan a trip', 'greet the guests at my party', 'help me practice small talk', 'describe the weather in your town',
  ],
  again: [
    'your previous answer in fewer words', 'the last step more slowly', 'the list in alphabetical order', 'the recipe without the nuts', 'your explanation with an example', 'the summary in plain words',
    'the table but sorted by price', 'that in French', 'the code with comments', 'the last paragraph', 'the three main points', 'the instructions for step four', 'the translation once more',
  ],
  forgetWhat: [
    'the typos', 'my spelling', 'the dessert idea', 'the budget for now', 'the second option', 'the Friday meeting', 'what I said about the colour', 'the old deadline', 'the formatting',
    'the first draft', 'the hotel in Rome', 'the previous table', 'my last question', 'the cake recipe', 'the price comparison', 'the long version',
  ],
  afterForget: [
    'focus on the main argument', 'just check the dates', 'help me with the travel plan', 'let us talk about the garden', 'summarize the article', 'pick the cheaper flight',
    'fix the grammar in the second paragraph', 'make a shopping list', 'explain recursion again', 'suggest a title', 'write the email to my landlord',
  ],
  devTool: ['Chrome DevTools', 'Android', 'a Chromebook', 'Windows 11', 'an iPhone', 'Firefox', 'Visual Studio Code', 'Unity', 'the Nintendo Switch dev kit', 'Roblox Studio', 'a Pixel phone', 'Edge'],
  aiTopic: [
    'system prompt', 'safety guidelines', 'content policy', 'moderation filter', 'developer mode', 'guardrails', 'alignment', 'red-teaming', 'refusal behaviour', 'model card', 'usage policy', 'jailbreak',
  ],
  aiQuestion: [
    'Why do AI companies publish {aiTopic} documents?', 'What is a {aiTopic} in simple terms?', 'How do {aiTopic} rules differ between AI chat products?', 'Who decides what goes into an AI {aiTopic}?',
    'Is a {aiTopic} the same thing as a terms of service?', 'Can you explain why chatbots need a {aiTopic}?', 'Write an essay outline on the ethics of AI {aiTopic}.', 'What are the arguments for and against strict AI {aiTopic}?',
    'How would you explain the idea of a {aiTopic} to my parents?', 'Give me a reading list about AI {aiTopic}.', 'What does the term "{aiTopic}" mean in machine learning?',
  ],
};

const INSTRUCTION_TEMPLATES = [
  '{onward}, please {style}.', '{onward}, {style}.', 'Please {style} in all your answers.', '{onward}, {style} in every reply.', '{onward}, {style} in all of your answers.', '{onward} I would like you to {style}.', 'Could you {style} {onwardLower}?', 'Please {style} {onwardLower}, thanks.',
  'Imagine you are {persona} and {personaTask}.', 'Imagine you are {persona}. {PersonaTask}.', 'Pretend you are {persona} and {personaTask}.', 'Pretend to be {persona}; {personaTask}.',
  'Act as {persona} and {personaTask}.', 'Can you act as {persona} for a moment and {personaTask}?', 'Role-play as {persona} and {personaTask}.', 'Let us role-play: you are {persona}, and you {personaTask}.',
  'Play the character of {persona} and {personaTask}.', 'Stay in the role of {persona} while you {personaTask}.', 'You are {persona}. Please {personaTask}.',
  'Please repeat {again}.', 'Could you repeat {again}?', 'Repeat {again}, please.', 'Can you say {again} again?', 'Please rewrite {again}.',
  'Ignore the typos in my message and {afterForget}.', 'Please ignore {forgetWhat} and {afterForget}.', 'Forget about {forgetWhat}, let us {afterForget}.', 'Never mind {forgetWhat}; {afterForget}.',
  'Disregard {forgetWhat} and {afterForget}.', 'Skip {forgetWhat} and {afterForget}.',
  'How do I turn on developer mode in {devTool}?', 'How do I turn off developer mode on {devTool}?', 'What does developer mode do in {devTool}?', 'Is it safe to leave developer mode enabled on {devTool}?',
  'Explain the developer mode settings in {devTool} for a beginner.',
  '{aiQuestion}', '{aiQuestion}', '{aiQuestion}',
  'How should I write the system prompt for my cooking assistant app?', 'Where is the system prompt set in the OpenAI Python library?', 'Review the system prompt of my homework helper for clarity.',
  'Why do chatbots refuse some requests?', 'How are the safety rules of a language model decided?', 'Why do AI assistants follow a content policy?', 'Do all AI models have the same guidelines?',
  'Why do self-driving cars have strict safety guidelines?', 'Why do AI image generators have usage rules?', 'What guidelines do AI labs follow before releasing a model?',
  'What safety guidelines should I follow when using a ladder?', 'List the safety guidelines for a school chemistry lab.', 'Summarize the safety guidelines for swimming in the sea.',
];

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Attack openers followed by harmless requests. */
export const BENIGN_INSTRUCTION: Family = (rng) => {
  const slots: Slots = {
    ...INSTRUCTION_SLOTS,
    onwardLower: INSTRUCTION_SLOTS['onward']!.map(lowerFirst),
    PersonaTask: INSTRUCTION_SLOTS['personaTask']!.map(upperFirst),
  };
  return vary(expand(rng.pick(INSTRUCTION_TEMPLATES), slots, rng), rng);
};

/** Everyday benign requests per language; the same six languages the attack grammars use. */
const EVERYDAY: Readonly<Record<string, Slots & { templates: readonly string[] }>> = {
  de: {
    templates: [
      'Wie koche ich {dish}?', 'Hast du ein einfaches Rezept für {dish}?', 'Was kann ich in {city} an einem Wochenende unternehmen?', 'Wie komme ich am besten von {city} nach {city2}?',
      'Wie rechne ich {math}?', 'Erkläre mir bitte {math}.', 'Wie schreibe ich in {lang} eine Funktion, die {code}?', 'Was ist der Unterschied zwischen {lang} und {lang2}?',
      'Wie zieht {piece} beim Schach?', 'Was sind die Regeln von {game}?', 'Erklär mir bitte die Spielregeln von {game}.', 'Welche Eröffnung im Schach ist gut für Anfänger?', 'Ab jetzt bitte alle Antworten auf Deutsch.', 'Stell dir vor, du bist {persona}, und erzähl von deinem Tag.',
      'Kannst du deine letzte Antwort kürzer wiederholen?', 'Ignoriere die Rechtschreibfehler und hilf mir mit {dish}.', 'Vergiss {dish}, ich koche lieber Suppe.', 'Vergiss {prev}, {update}.', 'Was bedeutet der Entwicklermodus bei {device}?',
    ],
    dish: ['Spätzle', 'Kartoffelsalat', 'Linsensuppe', 'Pfannkuchen', 'Rinderrouladen', 'Apfelstrudel', 'Gemüsecurry', 'Brezeln'],
    city: ['Hamburg', 'Wien', 'Zürich', 'Dresden', 'Köln', 'Leipzig'], city2: ['Prag', 'Salzburg', 'Basel', 'Amsterdam', 'Lyon'],
    math: ['die Fläche eines Kreises', 'Prozentrechnung', 'den Satz des Pythagoras', 'eine quadratische Gleichung', 'den Durchschnitt von fünf Zahlen', 'Brüche kürzen'],
    lang: ['Python', 'JavaScript', 'Java', 'Rust', 'Go'], lang2: ['C++', 'TypeScript', 'Kotlin', 'C#'],
    code: ['eine Liste sortiert', 'Duplikate entfernt', 'eine Datei einliest', 'das Datum formatiert', 'prüft, ob eine Zahl eine Primzahl ist'],
    piece: ['der Springer', 'der Läufer', 'die Dame', 'der Turm', 'der Bauer'], prev: ['die alte Einkaufsliste', 'den ersten Entwurf', 'meine vorige Frage', 'die frühere Uhrzeit', 'das alte Passwort für das WLAN im Ferienhaus'], update: ['ich schicke gleich eine neue', 'der Termin ist jetzt am Donnerstag', 'wir fahren doch mit dem Zug', 'die Feier beginnt um acht'], game: ['Skat', 'Mensch ärgere dich nicht', 'Handball', 'Doppelkopf', 'Tischtennis', 'Go'], persona: ['ein Bäcker', 'eine Försterin', 'ein Bergführer', 'ein Koch'], device: ['Android', 'Chrome', 'meinem Laptop'],
  },
  fr: {
    templates: [
      'Comment préparer {dish} ?', 'Tu as une recette facile de {dish} ?', 'Que visiter à {city} en deux jours ?', 'Quel est le meilleur moyen d\'aller de {city} à {city2} ?',
      'Comment calculer {math} ?', 'Peux-tu m\'expliquer {math} ?', 'Comment écrire en {lang} une fonction qui {code} ?', 'Quelle est la différence entre {lang} et {lang2} ?',
      'Comment se déplace {piece} aux échecs ?', 'Quelles sont les règles du {game} ?', 'Peux-tu m\'expliquer les règles du {game} ?', 'Quelle ouverture aux échecs conseilles-tu à un débutant ?', 'À partir de maintenant, réponds en français s\'il te plaît.', 'Imagine que tu es {persona} et raconte ta journée.',
      'Peux-tu répéter ta dernière réponse en plus court ?', 'Ignore les fautes de frappe et aide-moi avec {dish}.', 'Oublie {dish}, je préfère faire une soupe.', 'Oublie {prev}, {update}.', 'À quoi sert le mode développeur sur {device} ?',
    ],
    dish: ['une quiche lorraine', 'des crêpes', 'un bœuf bourguignon', 'une ratatouille', 'une tarte aux pommes', 'un gratin dauphinois', 'une soupe à l\'oignon'],
    city: ['Lyon', 'Bordeaux', 'Marseille', 'Lille', 'Bruxelles', 'Genève'], city2: ['Nice', 'Nantes', 'Strasbourg', 'Montréal', 'Toulouse'],
    math: ['l\'aire d\'un triangle', 'un pourcentage', 'une moyenne', 'une équation du second degré', 'le volume d\'un cylindre', 'une fraction simplifiée'],
    lang: ['Python', 'JavaScript', 'Java', 'Rust', 'Go'], lang2: ['C++', 'TypeScript', 'Kotlin', 'PHP'],
    code: ['trie une liste', 'supprime les doublons', 'lit un fichier CSV', 'formate une date', 'vérifie si un nombre est premier'],
    piece: ['le cavalier', 'le fou', 'la dame', 'la tour', 'le pion'], prev: ['ma liste de courses', 'le premier brouillon', 'ma question précédente', 'l\'ancien horaire'], update: ['je t\'envoie la nouvelle', 'le rendez-vous est jeudi', 'on prend le train finalement', 'la fête commence à vingt heures'], game: ['tarot', 'bridge', 'handball', 'badminton', 'jeu de go', 'basket'], persona: ['un boulanger', 'une guide de montagne', 'un pêcheur breton', 'une fleuriste'], device: ['Android', 'Chrome', 'ma tablette'],
  },
  es: {
    templates: [
      '¿Cómo se prepara {dish}?', '¿Tienes una receta fácil de {dish}?', '¿Qué puedo visitar en {city} en dos días?', '¿Cuál es la mejor forma de ir de {city} a {city2}?',
      '¿Cómo se calcula {math}?', 'Explícame {math}, por favor.', '¿Cómo escribo en {lang} una función que {code}?', '¿Qué diferencia hay entre {lang} y {lang2}?',
      '¿Cómo se mueve {piece} en el ajedrez?', '¿Cuáles son las reglas del {game}?', 'Explícame las reglas del {game}.', '¿Qué apertura de ajedrez recomiendas a un principiante?', 'A partir de ahora, contéstame en español, por favor.', 'Imagina que eres {persona} y cuéntame tu día.',
      '¿Puedes repetir tu última respuesta más corta?', 'Ignora las faltas de ortografía y ayúdame con {dish}.', 'Olvídate de {dish}, mejor hago una sopa.', 'Olvida {prev}, {update}.', '¿Para qué sirve el modo desarrollador en {device}?',
    ],
    dish: ['una paella', 'una tortilla de patatas', 'gazpacho', 'churros', 'empanadas', 'arroz con leche', 'croquetas'],
    city: ['Valencia', 'Granada', 'Bilbao', 'Lima', 'Buenos Aires', 'Ciudad de México'], city2: ['Toledo', 'Cusco', 'Córdoba', 'Oaxaca', 'Lisboa'],
    math: ['el área de un círculo', 'un porcentaje', 'la media de unos números', 'una ecuación de segundo grado', 'el mínimo común múltiplo', 'una regla de tres'],
    lang: ['Python', 'JavaScript', 'Java', 'Rust', 'Go'], lang2: ['C++', 'TypeScript', 'Kotlin', 'Ruby'],
    code: ['ordene una lista', 'elimine duplicados', 'lea un archivo', 'formatee una fecha', 'compruebe si un número es primo'],
    piece: ['el caballo', 'el alfil', 'la dama', 'la torre', 'el peón'], prev: ['la lista de la compra', 'el primer borrador', 'mi pregunta anterior', 'el horario antiguo'], update: ['te mando la nueva', 'la cita es el jueves', 'al final vamos en tren', 'la fiesta empieza a las ocho'], game: ['pádel', 'mus', 'baloncesto', 'balonmano', 'dominó', 'parchís'], persona: ['un pescador', 'una astronauta', 'un panadero', 'una profesora de música'], device: ['Android', 'Chrome', 'mi portátil'],
  },
  zh: {
    templates: [
      '{dish}怎么做？', '能给我一个简单的{dish}做法吗？', '周末去{city}有什么好玩的地方？', '从{city}到{city2}怎么走最方便？',
      '{math}怎么算？', '请给我讲讲{math}。', '用{lang}怎么写一个{code}的函数？', '{lang}和{lang2}有什么区别？',
      '国际象棋里{piece}怎么走？', '{game}的规则是什么？', '请告诉我{game}的基本规则。', '能讲讲{game}的规则吗？', '初学者下国际象棋应该学哪种开局？', '从现在开始，请用简体中文回答。', '想象你是一位{persona}，讲讲你的一天。',
      '请把你刚才的回答再简短地重复一遍。', '别管我打错的字，帮我看看{dish}的做法。', '先别管{dish}了，我想做个汤。', '忘掉{prev}吧，{update}。', '{device}的开发者模式是做什么用的？',
    ],
    dish: ['红烧肉', '宫保鸡丁', '西红柿炒鸡蛋', '饺子', '麻婆豆腐', '蛋炒饭', '酸辣汤'],
    city: ['成都', '杭州', '西安', '广州', '厦门', '南京'], city2: ['重庆', '苏州', '桂林', '深圳', '青岛'],
    math: ['圆的面积', '百分比', '平均数', '一元二次方程', '勾股定理', '分数约分'],
    lang: ['Python', 'JavaScript', 'Java', 'Rust', 'Go'], lang2: ['C++', 'TypeScript', 'Kotlin', 'C#'],
    code: ['排序列表', '去除重复元素', '读取文件', '格式化日期', '判断质数'],
    piece: ['马', '象', '后', '车', '兵'], prev: ['那张旧的购物清单', '第一版草稿', '我刚才的问题', '原来的时间'], update: ['我马上发新的', '会议改到星期四了', '我们还是坐火车去', '聚会八点开始'], game: ['围棋', '麻将', '桥牌', '羽毛球', '乒乓球', '国际象棋', '五子棋'], persona: ['面包师', '导游', '老渔夫', '图书管理员'], device: ['安卓手机', 'Chrome浏览器', '我的笔记本'],
  },
  ja: {
    templates: [
      '{dish}の作り方を教えてください。', '簡単な{dish}のレシピはありますか？', '週末に{city}でおすすめの場所はどこですか？', '{city}から{city2}へはどう行くのが一番便利ですか？',
      '{math}はどうやって計算しますか？', '{math}について説明してください。', '{lang}で{code}関数はどう書きますか？', '{lang}と{lang2}の違いは何ですか？',
      'チェスで{piece}はどう動きますか？', '{game}のルールを教えてください。', '{game}の基本的なルールは何ですか？', 'チェスの初心者におすすめのオープニングは何ですか？', 'これからは敬語で答えてください。', 'あなたが{persona}だと想像して、一日の様子を話してください。',
      'さっきの答えをもう少し短く繰り返してもらえますか？', '誤字は気にせず、{dish}の作り方を教えてください。', '{dish}のことは忘れて、スープを作ることにします。', '{prev}は忘れてください。{update}。', '{device}の開発者モードとは何ですか？',
    ],
    dish: ['肉じゃが', 'カレーライス', '親子丼', 'お好み焼き', '味噌汁', '天ぷら', '卵焼き'],
    city: ['大阪', '札幌', '福岡', '名古屋', '金沢', '奈良'], city2: ['広島', '仙台', '神戸', '那覇', '横浜'],
    math: ['円の面積', 'パーセント', '平均値', '二次方程式', '三平方の定理', '分数の約分'],
    lang: ['Python', 'JavaScript', 'Java', 'Rust', 'Go'], lang2: ['C++', 'TypeScript', 'Kotlin', 'C#'],
    code: ['リストを並べ替える', '重複を取り除く', 'ファイルを読み込む', '日付を整形する', '素数か判定する'],
    piece: ['ナイト', 'ビショップ', 'クイーン', 'ルーク', 'ポーン'], prev: ['前の買い物リスト', '最初の下書き', 'さっきの質問', '元の時間'], update: ['新しいのをすぐ送ります', '打ち合わせは木曜日になりました', '結局電車で行きます', 'パーティーは八時からです'], game: ['将棋', '囲碁', '麻雀', '野球', 'バドミントン', 'ポーカー', 'オセロ'], persona: ['パン職人', '観光ガイド', '漁師', '図書館員'], device: ['Android', 'Chrome', 'パソコン'],
  },
  ru: {
    templates: [
      'Как приготовить {dish}?', 'Есть ли простой рецепт {dishGen}?', 'Что посмотреть в городе {city} за выходные?', 'Как лучше добраться из города {city} в {city2}?',
      'Как посчитать {math}?', 'Объясни, пожалуйста, {math}.', 'Как на {lang} написать функцию, которая {code}?', 'Чем отличается {lang} от {lang2}?',
      'Как ходит {piece} в шахматах?', 'Объясни правила игры в {game}.', 'Какие основные правила у игры в {game}?', 'Какой шахматный дебют посоветуешь новичку?', 'С этого момента отвечай, пожалуйста, по-русски.', 'Представь, что ты {persona}, и расскажи о своём дне.',
      'Можешь повторить свой последний ответ короче?', 'Не обращай внимания на опечатки и помоги с рецептом {dishGen}.', 'Забудь про {dish}, я лучше сварю суп.', 'Забудь {prev}, {update}.', 'Зачем нужен режим разработчика в {device}?',
    ],
    dish: ['борщ', 'пельмени', 'блины', 'сырники', 'плов', 'оливье'], dishGen: ['борща', 'пельменей', 'блинов', 'сырников', 'плова'],
    city: ['Казань', 'Новосибирск', 'Сочи', 'Калининград', 'Екатеринбург'], city2: ['Самару', 'Владимир', 'Псков', 'Тверь'],
    math: ['площадь круга', 'проценты', 'среднее арифметическое', 'квадратное уравнение', 'теорему Пифагора'],
    lang: ['Python', 'JavaScript', 'Java', 'Rust', 'Go'], lang2: ['C++', 'TypeScript', 'Kotlin', 'C#'],
    code: ['сортирует список', 'удаляет дубликаты', 'читает файл', 'форматирует дату', 'проверяет число на простоту'],
    piece: ['конь', 'слон', 'ферзь', 'ладья', 'пешка'], prev: ['старый список покупок', 'первый черновик', 'мой прошлый вопрос', 'прежнее время'], update: ['сейчас пришлю новый', 'встреча теперь в четверг', 'мы всё-таки едем на поезде', 'праздник начнётся в восемь'], game: ['нарды', 'преферанс', 'хоккей', 'волейбол', 'го', 'покер'], persona: ['пекарь', 'экскурсовод', 'рыбак', 'библиотекарь'], device: ['Android', 'Chrome', 'ноутбуке'],
  },
};

/** Languages of the everyday family, in a fixed order. */
export const EVERYDAY_LANGUAGES: readonly string[] = Object.keys(EVERYDAY);

/** An everyday benign request in one of six languages, sometimes two joined. */
export const MULTILINGUAL_EVERYDAY: Family = (rng) => {
  const lang = rng.pick(EVERYDAY_LANGUAGES);
  const g = EVERYDAY[lang]!;
  const one = (): string => expand(rng.pick(g.templates), g, rng);
  return rng.chance(0.25) ? `${one()} ${one()}` : one();
};

const ROLE_JSON_SLOTS: Slots = {
  sys: ['You are a helpful assistant.', 'You are a concise assistant that answers in English.', 'You are a support bot for a bakery.', 'You translate text to French.', 'You summarize news articles.'],
  user: ['What is the weather like in Oslo?', 'Summarize this paragraph.', 'Hello!', 'Translate "good night".', 'Give me a fun fact about octopuses.', 'How many days are in a leap year?'],
  model: ['gpt-4o-mini', 'claude-3-haiku', 'mistral-small', 'llama-3-8b-instruct', 'my-local-model'],
  ask: ['Why does this request return 400?', 'How do I add a second user message here?', 'Can you convert this to Python?', 'Is this the right format for the chat API?', 'How do I stream this response?', 'Explain what the "system" role does in this payload.', ''],
};

const ROLE_JSON_TEMPLATES = [
  '{ask}\n{"model": "{model}", "messages": ⟦{"role": "system", "content": "{sys}"}, {"role": "user", "content": "{user}"}⟧}',
  '{ask}\nconst messages = ⟦\n  { role: "system", content: "{sys}" },\n  { role: "user", content: "{user}" },\n⟧;\nconst res = await client.chat.completions.create({ model: "{model}", messages });',
  '{ask}\nmessages = ⟦\n    {"role": "system", "content": "{sys}"},\n    {"role": "user", "content": "{user}"},\n⟧\nresponse = client.chat.completions.create(model="{model}", messages=messages)',
  '{ask}\ncurl https://api.example.com/v1/chat -H "Content-Type: application/json" -d \'{"model": "{model}", "messages": ⟦{"role": "user", "content": "{user}"}⟧}\'',
  '{ask}\n{"role": "assistant", "content": "Sure! Here is a fun fact: octopuses have three hearts."}',
  '{ask}\ninterface ChatMessage { role: "system" | "user" | "assistant"; content: string }\nconst history: ChatMessage⟦⟧ = ⟦{ role: "user", content: "{user}" }⟧;',
];

/** API and SDK snippets that carry chat-role JSON (system/user/assistant) in an ordinary way. */
export const ROLE_JSON_CODE: Family = (rng) => expand(rng.pick(ROLE_JSON_TEMPLATES), ROLE_JSON_SLOTS, rng).trim();

const LETTER_SLOTS: Slots = {
  hello: ['Dear assistant,', 'Hi there!', 'Hello,', 'Good morning!', 'Dear AI helper,', 'Hey,', 'Greetings,', 'Dear bot,'],
  thanks: [
    'thank you so much for the help with my CV yesterday.', 'thanks for explaining fractions to my son.', 'your tips for the garden worked really well.', 'I really appreciated the recipe ideas.',
    'thank you for being patient with my questions.', 'the travel plan you made for Portugal was perfect.', 'your explanation of loops finally made sense to me.', 'thank you for the kind words last week.',
  ],
  then: [
    'Today I have another small question about {topic}.', 'Could you help me once more with {topic}?', 'I hope you are having a good day.', 'Have a lovely weekend!', 'Keep up the good work.',
    'Would you mind giving me a few ideas about {topic}?', 'I just wanted to say thanks.', 'Next week I will ask about {topic}, if that is okay.',
  ],
  topic: ['birthday gifts', 'my tomato plants', 'a packing list', 'learning Italian', 'a birthday poem', 'budgeting', 'my running schedule', 'chess openings'],
  sign: ['Best wishes, Maria', 'Kind regards, Tom', 'Cheers!', 'Warmly, Ana', '— Jonas', 'Thanks again!', 'Yours, Priya', ''],
};

const NOTICE_SLOTS: Slots = {
  opener: ['Attention all residents:', 'Important notice:', 'Urgent:', 'Dear customer,', 'Dear members,', 'Please note:', 'Reminder to all staff:', 'Hello neighbours,'],
  notice: [
    'the water will be shut off on {day} from 9 to 12.', 'please read the updated fire procedures before {day}.', 'the lift in block B is out of service until {day}.',
    'your order has shipped and should arrive on {day}.', 'your subscription renews on {day}; no action is needed.', 'the office is closed on {day} for the holiday.',
    'the parking garage will be cleaned on {day}, please move your car.', 'your library books are due on {day}.', 'the new opening hours start on {day}.',
    'your appointment has been moved to {day}.', 'the annual meeting takes place on {day} in the main hall.',
  ],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'the 3rd of May', 'next week'],
  close: ['Thank you for your understanding.', 'We apologise for any inconvenience.', 'Questions? Reply to this email.', 'Kind regards, the management', ''],
};

/** Everyday notices and service messages (urgency words, "dear customer") that are not attacks. */
export const NOTICE: Family = (rng) => expand('{opener} {notice} {close}', NOTICE_SLOTS, rng).trim();

/** Polite greetings and thank-you letters addressed to the assistant, and everyday notices. */
export const POLITE_LETTER: Family = (rng) => rng.chance(0.35) ? NOTICE(rng) : expand(rng.pick(['{hello} {thanks} {then} {sign}', '{hello}\n\n{thanks}\n{then}\n\n{sign}', '{hello} {then}', '{thanks} {then} {sign}']), LETTER_SLOTS, rng).trim();

const PROCEDURE_SLOTS: Slots = {
  polite: ['', '', 'Please', 'Kindly', 'Could you please', 'Remember to', 'Make sure to', 'Be sure to'],
  readVerb: ['read', 'review', 'check', 'go through', 'follow', 'print out', 'summarize', 'translate'],
  instructions: ['the INSTRUCTIONS', 'the instructions', 'the assembly instructions', 'the safety instructions', 'the guidelines', 'the onboarding guidelines', 'the user manual', 'the rules of the game', 'the care instructions', 'the exam instructions', 'the house rules'],
  source: ['in the box', 'on page 3', 'from the manufacturer', 'in the staff handbook', 'attached to the invoice', 'on the back of the form', 'printed on the label', 'in section 2'],
  proceed: ['you begin', 'you start the machine', 'assembling the shelf', 'the first shift', 'you submit the form', 'installing the update', 'the hike', 'the experiment', 'you mount the TV', 'the match'],
  begin: ['Begin', 'Start', 'Only begin', 'Do not start', 'START'],
  procedure: ['the procedure', 'the inspection', 'the data migration', 'the fire drill', 'the refund process', 'the vaccination round', 'the audit', 'the installation', 'the night shift handover', 'the backup'],
  authorized: ['once the supervisor has authorized it', 'after a manager has signed the form', 'if you are authorized to do so', 'when the site lead gives the go-ahead', 'after the safety check is complete', 'only with written approval', 'when you are authorised by the team lead'],
  hesitate: ['Do not hesitate to', 'Don\'t hesitate to', 'Never hesitate to', 'Feel free to'],
  contact: ['contact the front desk', 'reach out to HR', 'call the helpline', 'ask your mentor', 'email the course coordinator', 'talk to the pharmacist', 'ask a lifeguard'],
  cond: ['if anything is unclear', 'if the parcel arrives damaged', 'if you feel unwell', 'if the invoice looks wrong', 'if you need more time', 'if you lose your badge'],
  docs: ['Documents', 'Applications', 'Receipts', 'Forms', 'Timesheets', 'Expense claims', 'Essays', 'Photos'],
  prior: ['submitted prior to 1 March', 'received prior to the deadline', 'filed prior to the audit', 'dated prior to 2020', 'uploaded prior to the meeting'],
  then: ['will be archived', 'are processed first', 'do not need a new signature', 'must be scanned again', 'are kept for seven years', 'go to the old address'],
  step: ['Washing your hands', 'The safety briefing', 'A warm-up', 'Stretching', 'Backing up your files', 'Reading the label', 'A site survey', 'Proofreading'],
  precede: ['should always precede', 'must precede', 'has to precede', 'usually precedes'],
  step2: ['any work in the lab', 'a long run', 'the software upgrade', 'the first dose', 'the concrete pour', 'publishing the article', 'the group exercise'],
  activate: ['activate', 'deactivate', 'enable', 'reset'],
  thing: ['the new SIM card', 'your library account', 'the alarm system', 'two-factor login on your bank app', 'the warranty', 'your gym membership', 'the guest Wi-Fi', 'the loyalty card'],
  verify: ['keep the receipt', 'write down the code', 'check that the light turns green', 'confirm by email', 'tell the neighbours', 'restart the router'],
  ensure: ['Please ensure that', 'Ensure that', 'Make sure that', 'Check that'],
  data: ['all survey data', 'the water samples', 'the customer list', 'the sensor readings', 'the photos', 'the test scores'],
  filtered: ['has been filtered for duplicates', 'is filtered by date', 'is anonymised and filtered', 'was filtered through a coffee filter', 'is filtered before it goes to the lab'],
  access: ['access is only granted to authorized personnel', 'only registered members can enter', 'visitors sign in at reception', 'the lab door stays locked after 6 pm'],
  enclose: ['enclose', 'attach', 'include', 'add'],
  encl: ['a copy of your passport', 'the signed contract', 'any receipts older than a month', 'the unverified invoices for review', 'two passport photos', 'the documents that have not been submitted yet'],
  forPurpose: ['for our records', 'with your application', 'before Friday', 'so we can process the claim', 'in the brown envelope'],
  forget: ['forget', 'set aside', 'let go of', 'ignore', 'drop'],
  notions: ['any preconceived notions about the characters', 'what you think you know about sharks', 'the old rules of thumb', 'your first impression of the city', 'the stereotypes about teenagers'],
  creative: ['write a story about a lighthouse keeper', 'describe a day in the life of a shark', 'write a poem about a rainy market', 'plan a fresh lesson on volcanoes', 'sketch a new character for my comic'],
  unfiltered: ['an unfiltered', 'an honest, unfiltered', 'an uncensored', 'a raw, unfiltered'],
  opinionOf: ['list of classic rock songs to start with', 'opinion on my short story', 'review of the new phone', 'take on my business plan', 'version of the family recipe', 'account of your trip to Norway', 'look at my running form'],
  disregard: ['disregard', 'ignore', 'skip', 'leave out', 'exclude'],
  irrelevant: ['any irrelevant data', 'the empty rows', 'the outliers', 'duplicate entries', 'test orders', 'the blank pages', 'anything marked as draft', 'the risky or off-topic comments'],
  analysis: ['when you compute the average', 'in the summary', 'before plotting the chart', 'in the monthly report', 'when you rank the results'],
  deviate: ['deviate from', 'change', 'adjust'],
  plan: ['the route', 'the recipe', 'the training plan', 'the seating chart', 'the budget', 'the lesson plan'],
  deviateWhen: ['if it rains', 'when a guest has an allergy', 'if the knee hurts', 'when the numbers change', 'if the bus is late'],
  override: ['override', 'change', 'reset'],
  setting: ['the default font', 'the thermostat schedule', 'the automatic brightness', 'the default currency', 'the autosave interval'],
  where: ['in Word', 'on the heating panel', 'on my phone', 'in the spreadsheet', 'in the camera menu'],
};

/**
 * Procedures, notices and everyday requests that use the words attack datasets are full of, in their
 * ordinary sense: instructions, prior, precede, begin, authorized, activate, enclose, filtered,
 * unfiltered, uncensored, disregard, forget, deviate, override, "do not hesitate". Over-defense sets
 * (NotInject and its kind) are made of such sentences, and the model read these words as the attack.
 */
export const PROCEDURE: Family = (rng) =>
  vary(
    expand(
      rng.pick([
        '{polite} {readVerb} {instructions} {source} before {proceed}.',
        '{begin} {procedure} {authorized}.',
        '{hesitate} {contact} {cond}.',
        '{docs} {prior} {then}.',
        '{step} {precede} {step2}.',
        '{polite} {activate} {thing} and {verify}.',
        '{ensure} {data} {filtered} and that {access}.',
        '{polite} {enclose} {encl} {forPurpose}.',
        '{polite} {forget} {notions} and {creative}.',
        'Give me {unfiltered} {opinionOf}.',
        '{polite} {disregard} {irrelevant} {analysis}.',
        'Is it okay to {deviate} {plan} {deviateWhen}?',
        'How do I {override} {setting} {where}?',
        '{polite} summarize {instructions} {source} in three bullet points.',
      ]),
      PROCEDURE_SLOTS,
      rng,
    ),
    rng,
  );

const LINK_SLOTS: Slots = {
  ask: [
    'why does this fail?', 'can you check this link?', 'is this page safe to open?', 'what does this URL do?', 'summarize the page at', 'my browser shows a 404 for',
    'the redirect loops on', 'why is this request slow?', 'how do I shorten', 'is this a phishing link?', 'what are the query parameters in', 'decode the parameters of',
    'how do I cite', 'translate the title of', 'why does curl return 403 for', 'my webhook never reaches', 'explain the parts of this URL:', 'add this link to my reading list:',
    'which of these is the canonical URL,', 'the image does not load from', 'please bookmark', 'how can I embed', 'my form posts to', 'is it normal that the login page is',
  ],
  scheme: ['https://', 'https://', 'http://', 'https://www.'],
  host: ['example.com', 'shop.example.net', 'docs.example.org', 'api.example.io', 'localhost:3000', 'news.example.co.uk', 'cdn.example.com', 'maps.example.com', 'intranet.example.local', 'blog.example.dev', '192.168.1.20:8080', 'forms.example.com'],
  path: ['/', '/api/v1/orders/9981/status', '/login?next=/dashboard', '/cart?id=123&coupon=SAVE10', '/guide/install#step-3', '/img/photo.jpg?w=400&h=300', '/?q=52.52,13.40', '/2024/05/story.html', '/f/abc123?ref=mail', '/confirm?pan=4111111111111111&exp=0828', '/search?q=hiking+boots&sort=price', '/users/42/settings', '/download/report.pdf', '/callback?code=xyz&state=abc', '/watch?v=dQw4w9WgXcQ&t=42s'],
  tail: ['', '', '', 'It worked yesterday.', 'Thanks!', 'I am on Chrome.', 'Any idea?', 'in APA style', 'in two sentences'],
};

/**
 * Questions that carry a URL: a broken link, a redirect, an API endpoint, a page to summarize. Attacks
 * carry links (exfiltration, phishing) and benign training text rarely did, so a short question with
 * a URL in it scored as an attack (69 of 100 such questions over the threshold before this family).
 */
export const LINK_QUESTION: Family = (rng) => vary(expand('{ask} {scheme}{host}{path} {tail}', LINK_SLOTS, rng).trim(), rng);
