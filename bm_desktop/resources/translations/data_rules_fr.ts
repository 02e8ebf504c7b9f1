<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <!-- Domain rules of the synchronised columns (bm_desktop/db/rules.py), kept by hand. -->
    <context>
        <name>DataRules</name>
        <message>
            <source>{column}: {value} is out of range ({low} to {high}).</source>
            <translation>{column} : {value} est hors limites (de {low} à {high}).</translation>
        </message>
        <message>
            <source>{column}: {value} is not a finite number.</source>
            <translation>{column} : {value} n'est pas un nombre fini.</translation>
        </message>
        <message>
            <source>{column}: the text holds a control character (such as a NUL byte) that cannot be stored.</source>
            <translation>{column} : le texte contient un caractère de contrôle (comme un octet NUL) qui ne peut pas être enregistré.</translation>
        </message>
        <message>
            <source>{column}: the text is longer than {length} characters.</source>
            <translation>{column} : le texte dépasse {length} caractères.</translation>
        </message>
        <message>
            <source>{column}: '{value}' is not one of {allowed}.</source>
            <translation>{column} : « {value} » n'est pas l'une des valeurs {allowed}.</translation>
        </message>
        <message>
            <source>{column}: '{value}' is not in the form {shape}.</source>
            <translation>{column} : « {value} » n'a pas la forme {shape}.</translation>
        </message>
        <message>
            <source>{column}: '{value}' is not a list of row ids.</source>
            <translation>{column} : « {value} » n'est pas une liste d'identifiants de lignes.</translation>
        </message>
        <message>
            <source>{column}: '{value}' is not a valid date.</source>
            <translation>{column} : « {value} » n'est pas une date valide.</translation>
        </message>
        <message>
            <source>{column}: the date {value} is out of range ({low} to {high}).</source>
            <translation>{column} : la date {value} est hors limites (du {low} au {high}).</translation>
        </message>
        <message>
            <source>{column}: the date {value} is in the future (today is {today}).</source>
            <translation>{column} : la date {value} est dans le futur (nous sommes le {today}).</translation>
        </message>
        <message>
            <source>{column}: the date {value} is more than {years} years ahead.</source>
            <translation>{column} : la date {value} est à plus de {years} ans dans le futur.</translation>
        </message>
    </context>
</TS>
