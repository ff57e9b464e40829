"""Language detection from the script, letters and function words."""

from __future__ import annotations

import pytest

from newsparse.text import language as lg

# --- Language -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The talks stalled on Tuesday and the ministers said that they would meet again in a "
            "week.",
            "en",
        ),
        (
            "Переговоры зашли в тупик, и министры заявили, что встретятся снова через неделю. "
            "Это был "
            "трудный год для всех.",
            "ru",
        ),
        (
            "Переговори зайшли в глухий кут, і міністри заявили, що зустрінуться знову через "
            "тиждень. Це "
            "був важкий рік для всіх.",
            "uk",
        ),
        (
            "Die Gespräche sind ins Stocken geraten, und die Minister sagten, dass sie sich in "
            "einer Woche "
            "wieder treffen.",
            "de",
        ),
        (
            "Les négociations sont au point mort et les ministres ont dit qu'ils se "
            "retrouveraient dans une "
            "semaine pour la suite.",
            "fr",
        ),
        (
            "Las negociaciones están estancadas y los ministros dijeron que se reunirán de nuevo "
            "en una "
            "semana para el acuerdo.",
            "es",
        ),
    ],
)
def test_detect_language(text, lang):
    assert lg.detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("政府は昨日、若い夫婦や子育て世帯への支援を含む"
         "新しい住宅計画を承認したと大臣が発表した。", "ja"),
        ("政府昨天批准了新的住房计划，其中包括对年轻夫妇和有孩子家庭的激励措施，部长宣布。", "zh"),
        ("정부는 어제 젊은 부부와 자녀가 있는 가정을 위한 새로운 주택 계획을 승인했다.", "ko"),
        ("وافقت الحكومة أمس على خطة الإسكان الجديدة التي تتضمن حوافز للأزواج الشباب.", "ar"),
        ("دولت دیروز طرح جدید مسکن را تصویب کرد که شامل مشوق‌هایی برای زوج‌های جوان است.",
         "fa"),
        ("הממשלה אישרה אתמול את תוכנית הדיור החדשה, הכוללת תמריצים לזוגות צעירים.", "he"),
        ("Η κυβέρνηση ενέκρινε χθες το νέο σχέδιο στέγασης για νέα ζευγάρια.", "el"),
        ("Vláda včera schválila nový plán bydlení, který počítá s pobídkami pro mladé páry a "
         "rodiny s dětmi. Podle ministra je to také krok k tomu, aby se na trh dostalo více "
         "bytů.", "cs"),
    ],
)
def test_detect_language_from_the_script(text, lang):
    assert lg.detect_language(text) == lang


def test_detect_language_unsure():
    assert lg.detect_language("OK") is None
    assert lg.detect_language("12345 67890 ---- **** ////") is None


def test_ukrainian_and_russian_differ_by_letters_even_with_few_function_words():
    assert (
        lg.detect_language("Київ отримав нові генератори від партнерів, повідомила адміністрація")
        == "uk"
    )
    assert (
        lg.detect_language("Москва получила новые генераторы от партнёров, сообщила администрация")
        == "ru"
    )
